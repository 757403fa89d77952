using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbConversationStoreTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 22, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private static ConversationState EveryFieldSet() => new()
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

    [Fact]
    public void EveryFieldSet_CoversEverySettableProperty()
    {
        // Guards the round-trip test: a field added to ConversationState must be added here, and then to the document.
        var sample = EveryFieldSet();
        var empty = new ConversationState();
        foreach (var property in typeof(ConversationState).GetProperties().Where(p => p.CanWrite))
        {
            Assert.False(Equals(property.GetValue(empty), property.GetValue(sample)) || property.GetValue(sample) is null,
                $"{property.Name} is not set in the sample");
        }
    }

    [Fact]
    public void Set_ThenGet_RoundTripsEveryField()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);
        var state = EveryFieldSet();

        store.Set("slack:T1:1718000000.000100", state);
        var read = store.Get("slack:T1:1718000000.000100");

        Assert.NotNull(read);
        Assert.Equivalent(state, read, strict: true);
    }

    [Fact]
    public void Set_EmptyState_RoundTripsEmpty()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);

        store.Set("console", new ConversationState());
        var read = store.Get("console");

        Assert.NotNull(read);
        Assert.True(read.IsEmpty);
        Assert.Empty(read.SeriesIds);
    }

    [Fact]
    public void Get_UnknownKey_ReturnsNull()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);

        Assert.Null(store.Get("discord:nobody"));
    }

    [Fact]
    public void Get_JustBeforeTtl_ReturnsState()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);
        store.Set("console", EveryFieldSet());

        _time.Advance(Ttl - TimeSpan.FromSeconds(1));

        Assert.NotNull(store.Get("console"));
    }

    [Fact]
    public void Get_AfterTtl_ReturnsNullAndDeletesState()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);
        store.Set("console", EveryFieldSet());

        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null(store.Get("console"));
        Assert.Equal(0, db.Conversations.Count());
    }

    [Fact]
    public void Set_SameKeyAgain_ReplacesStateAndRestartsTtl()
    {
        var options = _temp.Options(conversationTtl: Ttl);
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);
        store.Set("console", EveryFieldSet());
        _time.Advance(TimeSpan.FromMinutes(20));

        store.Set("console", new ConversationState { FaqId = "gsomia" });
        _time.Advance(TimeSpan.FromMinutes(20));

        var read = store.Get("console");
        Assert.NotNull(read);
        Assert.Equal("gsomia", read.FaqId);
        Assert.Empty(read.SeriesIds);
        Assert.Null(read.Year);
        Assert.Equal(1, db.Conversations.Count());
    }

    [Fact]
    public void GetAndSet_DatabaseUnwritable_OneWarningAndLoseOnlyTheContext()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        var logger = new ListLogger<LiteDbConversationStore>();
        var store = TempStorage.Conversations(db, options, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), logger);
        // Shared mode reopens the file per operation; a directory in its place breaks every later call.
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        var setThrown = Record.Exception(() => store.Set("c1", new ConversationState { Year = 2019 }));
        var state = store.Get("c1");

        Assert.Null(setThrown);
        Assert.Null(state);
        // Two failures, one outage: one warning (from the context), and the store's two debug lines.
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, Assert.Single(dbLogger.Entries).Level);
        Assert.Equal(2, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, e.Level));
    }
}
