using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class RetrievalModeTests
{
    [Fact]
    public async Task RetrieveAsync_LexicalMode_NeverTouchesModelAndMatchesEmbeddingsOff()
    {
        var generator = new FakeEmbeddingGenerator();
        using var lexical = Create(RetrievalMode.Lexical, generator);
        using var embeddingsOff = new HybridRetriever(KnowledgeFixture.Provider(), Options.Create(new RetrievalOptions { UseEmbeddings = false }),
            new ListLogger<HybridRetriever>());
        await lexical.WarmUpAsync();

        var result = await lexical.RetrieveAsync("why did tokyo restrict exports of chemicals in 2019", 5, CancellationToken.None);
        var expected = await embeddingsOff.RetrieveAsync("why did tokyo restrict exports of chemicals in 2019", 5, CancellationToken.None);

        Assert.Equal(0, generator.Calls);
        Assert.False(lexical.DenseActive);
        Assert.Equal(expected.Passages.Select(p => (p.Id, p.Score)), result.Passages.Select(p => (p.Id, p.Score)));
    }

    [Theory]
    [InlineData("why did tokyo restrict exports of chemicals in 2019")]
    [InlineData("who owns the islands")]
    [InlineData("독도는 누구 땅이야?")]
    public async Task RetrieveAsync_DenseMode_RanksAndScoresByCosineAlone(string question)
    {
        var generator = new FakeEmbeddingGenerator();
        using var dense = Create(RetrievalMode.Dense, generator);
        await dense.WarmUpAsync();
        var before = generator.TextsEmbedded;

        var result = await dense.RetrieveAsync(question, 5, CancellationToken.None);

        // Korean and Japanese questions are embedded too: there is no BM25 to leave them to.
        Assert.Equal(before + 1, generator.TextsEmbedded);

        // The same ranking straight from the vectors: nearest passages first, confidence from the cosine band only.
        var chunks = KnowledgeChunker.Chunk(KnowledgeFixture.Create());
        var vectors = (await generator.GenerateAsync(chunks.Select(c => c.EmbeddingText))).Select(e => e.Vector.ToArray()).ToList();
        var collection = new KnowledgeVectorCollection(chunks, vectors);
        var query = KnowledgeVectorCollection.Normalized((await generator.GenerateAsync([question]))[0].Vector.ToArray());
        var nearest = collection.Nearest(query, 5);
        Assert.Equal(nearest.Select(n => chunks[n.Ordinal].Id), result.Passages.Select(p => p.Id));
        Assert.Equal(nearest.Select(n => Math.Round(Confidence.Calibrate(0, n.Score), 3)), result.Passages.Select(p => p.Score));
    }

    [Fact]
    public async Task RetrieveAsync_DenseModeWithoutModel_FallsBackToLexical()
    {
        using var dense = Create(RetrievalMode.Dense, generator: null);
        using var lexical = Create(RetrievalMode.Lexical, generator: null);

        var result = await dense.RetrieveAsync("who owns dokdo", 5, CancellationToken.None);

        Assert.NotEmpty(result.Passages);
        var expected = await lexical.RetrieveAsync("who owns dokdo", 5, CancellationToken.None);
        Assert.Equal(expected.Passages.Select(p => (p.Id, p.Score)), result.Passages.Select(p => (p.Id, p.Score)));
    }

    [Fact]
    public void Mode_Default_IsHybrid() => Assert.Equal(RetrievalMode.Hybrid, new RetrievalOptions().Mode);

    private static HybridRetriever Create(RetrievalMode mode, IEmbeddingGenerator<string, Embedding<float>>? generator) =>
        new(KnowledgeFixture.Provider(), Options.Create(new RetrievalOptions { Mode = mode }), new ListLogger<HybridRetriever>(), generator);
}
