using Microsoft.Extensions.AI;

namespace Bot.Embeddings.MiniLM.Tests;

/// <summary>The real model: small on purpose (it is slow to load and its native libraries are large).</summary>
public sealed class MiniLmRetrievalTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    [Theory]
    [InlineData("why did tokyo restrict chip materials in 2019", "faq:export-controls-2019#0")]
    [InlineData("is radioactive stuff being dumped in the sea", "faq:fukushima-water#0")]
    [InlineData("wartime sex slaves issue", "faq:comfort-women#0")]
    [InlineData("are lots of koreans going on holiday to osaka", "faq:people-exchange#0")]
    public async Task RetrieveAsync_Paraphrase_FindsPassageThroughDenseSearch(string question, string expectedTop)
    {
        var result = await fixture.Retriever.RetrieveAsync(question, 3, CancellationToken.None);
        Assert.True(fixture.Retriever.DenseActive);
        Assert.Equal(expectedTop, result.Passages[0].Id);
    }

    [Fact]
    public async Task GenerateAsync_TwoTexts_Returns384DimensionalUnitVectors()
    {
        var embeddings = await fixture.Generator.GenerateAsync(["export controls", "치킨"]);
        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, e.Vector.Length);
            Assert.Equal(1.0, Math.Sqrt(e.Vector.ToArray().Sum(x => (double)x * x)), 3);
        });
        Assert.Equal(MiniLmEmbeddingGenerator.ModelId, fixture.Generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }

    [Fact]
    public async Task GenerateAsync_Paraphrases_AreCloserThanUnrelatedText()
    {
        var e = await fixture.Generator.GenerateAsync(["Japan limited exports of semiconductor chemicals", "Tokyo restricted chip materials", "how to bake a chocolate cake"]);
        static double Cos(Embedding<float> a, Embedding<float> b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a.Vector.Span, b.Vector.Span);
        Assert.True(Cos(e[0], e[1]) > Cos(e[0], e[2]) + 0.2, $"{Cos(e[0], e[1]):0.00} vs {Cos(e[0], e[2]):0.00}");
    }
}
