using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

/// <summary>The server's write-behind query log and conversation store, on real LiteDB files: nothing is lost, stopping flushes.</summary>
public sealed class WriteBehindStorageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task QueryLog_ManyEntriesThenStop_AllWrittenInOrder()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        using var log = new WriteBehindQueryLog(TempStorage.QueryLog(db, options), new ListLogger<WriteBehindQueryLog>());
        await log.StartAsync(CancellationToken.None);

        for (var i = 0; i < 500; i++)
        {
            log.Record(new QueryLogEntry(Now, "discord", $"q{i}", "statistic", "answer", 0.1, $"discord:c:{i}"));
        }

        await log.StopAsync(CancellationToken.None);

        var stored = TempStorage.QueryLog(db, options);
        Assert.Equal(500, stored.Count());
        Assert.Equal("q499", stored.Recent(1)[0].Question);
    }

    [Fact]
    public async Task QueryLog_AfterStop_StillWritesDirectly()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        using var log = new WriteBehindQueryLog(TempStorage.QueryLog(db, options), new ListLogger<WriteBehindQueryLog>());
        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);

        log.Record(new QueryLogEntry(Now, "discord", "late", "help", "answer", 0.1));

        Assert.Equal("late", TempStorage.QueryLog(db, options).Recent(1)[0].Question);
    }

    [Fact]
    public async Task QueryLog_PrivacySwitchOff_StoresNoQuestionText()
    {
        var options = _temp.Options(logQuestionText: false);
        using var db = TempStorage.Open(options);
        using var log = new WriteBehindQueryLog(TempStorage.QueryLog(db, options), new ListLogger<WriteBehindQueryLog>());
        await log.StartAsync(CancellationToken.None);

        log.Record(new QueryLogEntry(Now, "discord", "secret question", "help", "answer", 0.1));
        await log.StopAsync(CancellationToken.None);

        Assert.Null(TempStorage.QueryLog(db, options).Recent(1)[0].Question);
    }

    [Fact]
    public async Task Conversations_SetThenGet_FromMemoryAndFlushedToTheFileOnStop()
    {
        var options = _temp.Options();
        var time = new FakeTimeProvider(Now);
        using var db = TempStorage.Open(options);
        using var store = Store(db, options, time);
        await store.StartAsync(CancellationToken.None);
        var state = new ConversationState { SeriesIds = ["kr-imports-from-japan"], Year = 2011, Intent = "statistic" };

        store.Set("discord:c:u", state with { Year = 2010 });
        store.Set("discord:c:u", state);
        var read = store.Get("discord:c:u");
        await store.StopAsync(CancellationToken.None);

        Assert.Equal(2011, read!.Year);
        var fromFile = TempStorage.Conversations(db, options, time).Get("discord:c:u");
        Assert.Equal(2011, fromFile!.Year);
        Assert.Equal(["kr-imports-from-japan"], fromFile.SeriesIds);
    }

    [Fact]
    public void Conversations_NotInMemory_ReadFromTheFile()
    {
        var options = _temp.Options();
        var time = new FakeTimeProvider(Now);
        using var db = TempStorage.Open(options);
        TempStorage.Conversations(db, options, time).Set("slack:t:1", new ConversationState { FaqId = "gsomia", Intent = "faq" });
        using var store = Store(db, options, time);

        Assert.Equal("gsomia", store.Get("slack:t:1")!.FaqId);
        Assert.Null(store.Get("slack:t:unknown"));
    }

    [Fact]
    public async Task Conversations_OlderThanTtl_Forgotten()
    {
        var options = _temp.Options(conversationTtl: TimeSpan.FromMinutes(30));
        var time = new FakeTimeProvider(Now);
        using var db = TempStorage.Open(options);
        using var store = Store(db, options, time);
        await store.StartAsync(CancellationToken.None);
        store.Set("discord:c:u", new ConversationState { Year = 2019 });
        await store.StopAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(store.Get("discord:c:u"));
    }

    private static WriteBehindConversationStore Store(LiteDbContext db, StorageOptions options, TimeProvider time) => new(
        TempStorage.Conversations(db, options, time),
        Microsoft.Extensions.Options.Options.Create(options),
        time,
        new ListLogger<WriteBehindConversationStore>());
}
