using Bot.Core.Knowledge;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Storage;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly TempStorage _storage = new();

    [Fact]
    public async Task WarmUpAsync_RestartWithSameFile_EmbedsNothingAgain()
    {
        int chunkCount;
        IReadOnlyList<string> before;
        var first = new FakeEmbeddingGenerator();
        using (var db = TempStorage.Open(_storage.Options()))
        using (var retriever = Retrievers.Create(generator: first, cache: new LiteDbEmbeddingCache(db)))
        {
            await retriever.WarmUpAsync();
            chunkCount = KnowledgeChunker.Chunk(KnowledgeFixture.Create()).Count;
            before = (await retriever.RetrieveAsync("why were the chemicals restricted", 5, CancellationToken.None)).Passages.Select(p => p.Id).ToList();
        }

        var afterRestart = new FakeEmbeddingGenerator();
        using (var db = TempStorage.Open(_storage.Options()))
        using (var retriever = Retrievers.Create(generator: afterRestart, cache: new LiteDbEmbeddingCache(db)))
        {
            await retriever.WarmUpAsync();
            var after = (await retriever.RetrieveAsync("why were the chemicals restricted", 5, CancellationToken.None)).Passages.Select(p => p.Id).ToList();

            // Warm-up also embeds one probe text so the model loads at start rather than on the first question.
            Assert.Equal(chunkCount + 2, first.TextsEmbedded); // every passage, the probe, the question
            Assert.Equal(2, afterRestart.Calls); // the probe and the question: no passage
            Assert.Equal(2, afterRestart.TextsEmbedded);
            Assert.Equal(before, after);
            Assert.True(retriever.DenseActive);
        }
    }

    [Fact]
    public async Task WarmUpAsync_OnePassageEdited_EmbedsOnlyThatPassage()
    {
        using var db = TempStorage.Open(_storage.Options());
        var cache = new LiteDbEmbeddingCache(db);
        using (var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator(), cache: cache))
        {
            await retriever.WarmUpAsync();
        }

        var kb = KnowledgeFixture.Create();
        var edited = kb.Faqs[0] with { Summary = kb.Faqs[0].Summary + " An added sentence." };
        var changed = new KnowledgeBase(kb.Sources.Values, kb.Timeline, kb.Statistics, [edited, .. kb.Faqs.Skip(1)], kb.Glossary);
        var generator = new FakeEmbeddingGenerator();
        using (var retriever = Retrievers.Create(changed, generator, cache))
        {
            await retriever.WarmUpAsync();
        }

        Assert.Equal(1 + 1, generator.TextsEmbedded); // the edited passage and the warm-up probe
    }

    [Fact]
    public async Task WarmUpAsync_DifferentModel_DoesNotReuseVectors()
    {
        using var db = TempStorage.Open(_storage.Options());
        var cache = new LiteDbEmbeddingCache(db);
        using (var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator("model-a"), cache: cache))
        {
            await retriever.WarmUpAsync();
        }

        var other = new FakeEmbeddingGenerator("model-b");
        using (var retriever = Retrievers.Create(generator: other, cache: cache))
        {
            await retriever.WarmUpAsync();
        }

        var chunks = KnowledgeChunker.Chunk(KnowledgeFixture.Create()).Count;
        Assert.Equal(chunks + 1, other.TextsEmbedded); // every passage and the warm-up probe
        Assert.Equal(chunks, cache.Count("model-a/64"));
        Assert.Equal(chunks, cache.Count("model-b/64"));
    }

    public void Dispose() => _storage.Dispose();
}
