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
