using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Storage.Postgres;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class EmbeddingCacheContract : StoreContract
{
    [StoreFact]
    public void Load_StoredVector_RoundTripsExactly()
    {
        var cache = Open().Embeddings();
        float[] vector = [0.25f, -1.5f, 3.0e-7f, float.Epsilon];

        cache.Store("m", [("hash", vector)]);

        Assert.Equal(vector, cache.Load("m")["hash"]);
        Assert.Empty(cache.Load("other"));
    }

    [StoreFact]
    public void Store_SameHashAgain_ReplacesAndCountsPerModel()
    {
        var storage = Open();
        var cache = storage.Embeddings();
        cache.Store("a", [("h1", [1f]), ("h2", [2f])]);
        cache.Store("b", [("h1", [3f])]);

        cache.Store("a", [("h1", [4f])]);

        var reopened = Reopen(storage).Embeddings();
        Assert.Equal([4f], reopened.Load("a")["h1"]);
        Assert.Equal(2, reopened.Count("a"));
        Assert.Equal(1, reopened.Count("b"));
    }

    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public void GapVectors_StoredByOneInstance_UsedByAnotherAndKeptApartFromPassages()
    {
        var storage = Open();
        var gaps = (IGapVectorCache)storage.Embeddings();
        storage.Embeddings().Store("m", [("p1", [1f])]);

        gaps.StoreGapVectors("m", [("k1", [0.5f, -2f]), ("k2", [3f])], T0);

        var reopened = (IGapVectorCache)Reopen(storage).Embeddings();
        var found = reopened.UseGapVectors("m", ["k1", "k2", "unknown"], T0.AddHours(1));
        Assert.Equal([0.5f, -2f], found["k1"]);
        Assert.Equal([3f], found["k2"]);
        Assert.Equal(2, found.Count);
        Assert.Empty(reopened.UseGapVectors("other model", ["k1"], T0));
        Assert.Equal(2, reopened.CountGapVectors());
        // Passage vectors of the same model see none of them, and the reverse.
        Assert.Equal(["p1"], storage.Embeddings().Load("m").Keys);
        Assert.Empty(reopened.UseGapVectors("m", ["p1"], T0));
    }

    [StoreFact]
    public void GapVectors_ForgetUnusedBefore_RemovesOnlyGapVectorsNotUsedSince()
    {
        var storage = Open();
        var gaps = (IGapVectorCache)storage.Embeddings();
        storage.Embeddings().Store("m", [("passage", [1f])]);
        gaps.StoreGapVectors("m", [("old", [1f]), ("used", [2f])], T0);
        gaps.StoreGapVectors("m", [("recent", [3f])], T0.AddDays(20));
        // A report 25 days later uses one of the old ones: its last-used time moves.
        gaps.UseGapVectors("m", ["used"], T0.AddDays(25));

        Assert.Equal(1, gaps.ForgetGapVectorsUnusedBefore(T0.AddDays(10)));

        Assert.Equal(["recent", "used"], gaps.UseGapVectors("m", ["old", "used", "recent"], T0.AddDays(26)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, gaps.CountGapVectors());
        Assert.Equal(1, storage.Embeddings().Count("m"));
        Assert.Equal(2, gaps.ForgetGapVectorsUnusedBefore(DateTimeOffset.MaxValue));
        Assert.Equal(0, gaps.CountGapVectors());
        Assert.Equal([1f], storage.Embeddings().Load("m")["passage"]);
    }
}

public sealed class LiteDbEmbeddingCacheContractTests : EmbeddingCacheContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEmbeddingCacheTests(PostgresCluster cluster) : EmbeddingCacheContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
