using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class FollowedThreadsContract : StoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public void Find_FollowedBeforeARestart_StillFollowedWithItsParent()
    {
        var storage = Open();
        storage.FollowedThreads(_time).Follow("discord", "900", "100", TimeSpan.FromDays(7));

        var threads = Reopen(storage).FollowedThreads(_time);

        Assert.Equal("100", threads.Find("discord", "900")?.ParentChannel);
        Assert.Null(threads.Find("discord", "901"));
        Assert.Null(threads.Find("slack", "900"));
    }

    [StoreFact]
    public void Find_AfterItsLifetime_NoLongerFollowed()
    {
        var storage = Open();
        storage.FollowedThreads(_time).Follow("slack", "T1:C1:1.2", "C1", TimeSpan.FromDays(7));

        _time.Advance(TimeSpan.FromDays(7));

        Assert.Null(Reopen(storage).FollowedThreads(_time).Find("slack", "T1:C1:1.2"));
    }

    [StoreFact]
    public void Follow_ManyExpired_ArePruned()
    {
        var storage = Open();
        var threads = storage.FollowedThreads(_time);
        for (var i = 0; i < LiteDbFollowedThreads.PruneEvery - 1; i++)
        {
            threads.Follow("discord", $"old{i}", "100", TimeSpan.FromDays(1));
        }

        _time.Advance(TimeSpan.FromDays(2));
        threads.Follow("discord", "new", "100", TimeSpan.FromDays(1));

        Assert.Equal(1, storage.Stored(StoredKind.FollowedThreads));
    }
}

public sealed class LiteDbFollowedThreadsContractTests : FollowedThreadsContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFollowedThreadsTests(PostgresCluster cluster) : FollowedThreadsContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
