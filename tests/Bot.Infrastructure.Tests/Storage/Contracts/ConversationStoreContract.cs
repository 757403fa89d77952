using Bot.Core.Conversations;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class ConversationStoreContract : StoreContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 22, 1, 0, 0, TimeSpan.Zero));

    internal static ConversationState EveryFieldSet() => new()
    {
        SeriesIds = ["imports-from-japan", "exports-to-japan"],
        Year = 2011,
        FromYear = 2005,
        ToYear = 2015,
        FaqId = "dokdo-takeshima",
        EventId = "1965-basic-treaty",
        Intent = "Statistic",
        Operation = "range",
        GlossaryId = "lee-jae-myung",
        Office = "President of South Korea",
        Lang = Bot.Core.Knowledge.Lang.Ko,
        AnswerType = "Number",
        RecentYears = [2018, 2019],
    };

    [StoreFact]
    public void Set_ThenGet_RoundTripsEveryField()
    {
        var store = Open(conversationTtl: Ttl).Conversations(_time);
        var state = EveryFieldSet();

        store.Set("slack:T1:1718000000.000100", state);
        var read = store.Get("slack:T1:1718000000.000100");

        Assert.NotNull(read);
        Assert.Equivalent(state, read, strict: true);
    }

    [StoreFact]
    public void Set_EmptyState_RoundTripsEmpty()
    {
        var store = Open(conversationTtl: Ttl).Conversations(_time);

        store.Set("console", new ConversationState());
        var read = store.Get("console");

        Assert.NotNull(read);
        Assert.True(read.IsEmpty);
        Assert.Empty(read.SeriesIds);
    }

    [StoreFact]
    public void Get_UnknownKey_ReturnsNull() => Assert.Null(Open(conversationTtl: Ttl).Conversations(_time).Get("discord:nobody"));

    [StoreFact]
    public void Get_JustBeforeTtl_ReturnsState()
    {
        var store = Open(conversationTtl: Ttl).Conversations(_time);
        store.Set("console", EveryFieldSet());

        _time.Advance(Ttl - TimeSpan.FromSeconds(1));

        Assert.NotNull(store.Get("console"));
    }

    [StoreFact]
    public void Get_AfterTtl_ReturnsNullAndDeletesState()
    {
        var storage = Open(conversationTtl: Ttl);
        var store = storage.Conversations(_time);
        store.Set("console", EveryFieldSet());

        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null(store.Get("console"));
        Assert.Equal(0, storage.Stored(StoredKind.Conversations));
    }

    [StoreFact]
    public void Set_SameKeyAgain_ReplacesStateAndRestartsTtl()
    {
        var storage = Open(conversationTtl: Ttl);
        var store = storage.Conversations(_time);
        store.Set("console", EveryFieldSet());
        _time.Advance(TimeSpan.FromMinutes(20));

        store.Set("console", new ConversationState { FaqId = "gsomia" });
        _time.Advance(TimeSpan.FromMinutes(20));

        var read = store.Get("console");
        Assert.NotNull(read);
        Assert.Equal("gsomia", read.FaqId);
        Assert.Empty(read.SeriesIds);
        Assert.Null(read.Year);
        Assert.Equal(1, storage.Stored(StoredKind.Conversations));
    }

    [StoreFact]
    public void SetMany_SeveralUpdatesOfOneKey_KeepsTheLast()
    {
        var store = Open(conversationTtl: Ttl).Conversations(_time);
        var now = _time.GetUtcNow();

        store.SetMany([("t1", new ConversationState { Year = 2019 }, now), ("t2", new ConversationState { Year = 1965 }, now), ("t1", new ConversationState { Year = 2023 }, now)]);

        Assert.Equal(2023, store.Get("t1")?.Year);
        Assert.Equal(1965, store.Get("t2")?.Year);
    }

    [StoreFact]
    public void Get_SetByAnotherReplica_ReadsItsContext()
    {
        // A thread's follow-up may reach another replica (or this one after a restart): the context is in the database.
        var storage = Open(conversationTtl: Ttl);
        storage.Conversations(_time).Set("slack:T1:C1:1.2", new ConversationState { FaqId = "gsomia", Year = 2019 });

        var other = Reopen(storage).Conversations(_time).Get("slack:T1:C1:1.2");

        Assert.Equal("gsomia", other?.FaqId);
        Assert.Equal(2019, other?.Year);
    }

    [StoreFact]
    public void Set_KeyLongerThanTheLimit_StoredAndFoundUnderItsBoundedKey()
    {
        var store = Open(conversationTtl: Ttl).Conversations(_time);
        var key = "slack:" + new string('x', 100_000);

        store.Set(key, new ConversationState { Year = 2011 });

        Assert.Equal(2011, store.Get(key)?.Year);
        Assert.Null(store.Get(key + "y"));
    }
}

public sealed class LiteDbConversationStoreContractTests : ConversationStoreContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationStoreTests(PostgresCluster cluster) : ConversationStoreContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
