using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

/// <summary>
/// The database file locked by another handle (what a backup tool, a stuck process or a read-only mount does to us): every
/// store degrades without throwing, the outage is one warning however many questions arrive, the readiness probe says
/// so, and everything works again, with one line, as soon as the file is released. Real LiteDB files; the lock is a real
/// exclusive file handle (flock on Linux), which stops root too, unlike chmod.
/// </summary>
public sealed class StorageOutageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryStore_FileLockedThenReleased_DegradesWarnsOnceAndRecoversByItself()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        var logLogger = new ListLogger<LiteDbQueryLog>();
        var log = TempStorage.QueryLog(db, options, logLogger);
        var conversations = TempStorage.Conversations(db, options, _time);
        var feedback = new LiteDbFeedbackStore(db, _time, new ListLogger<LiteDbFeedbackStore>());
        var dedup = new LiteDbDeliveryDeduplicator(db, _time, new ListLogger<LiteDbDeliveryDeduplicator>());
        log.Record(Entry("before"));

        bool writableWhileLocked;
        bool firstClaim, retryClaim;
        using (LockExclusively(_temp.DatabasePath))
        {
            for (var i = 0; i < 5; i++)
            {
                log.Record(Entry($"while locked {i}"));
                conversations.Set($"c{i}", new ConversationState { Year = 2019 });
                Assert.Null(conversations.Get($"c{i}"));
                feedback.Record("slack", $"A{i}", "U1", helpful: true);
            }

            firstClaim = dedup.TryClaim("slack:Ev1", TimeSpan.FromHours(1));
            retryClaim = dedup.TryClaim("slack:Ev1", TimeSpan.FromHours(1));
            writableWhileLocked = db.IsWritable();
        }

        var warningsDuringOutage = dbLogger.Entries.Count(e => e.Level == LogLevel.Warning);
        var outageOpen = db.Outage.IsOpen;
        log.Record(Entry("after"));
        var writableAfter = db.IsWritable();

        Assert.False(writableWhileLocked);
        Assert.True(outageOpen);
        Assert.True(firstClaim);
        Assert.False(retryClaim); // deduplication falls back to memory: a platform retry still gets no second answer
        Assert.Equal(1, warningsDuringOutage);
        Assert.DoesNotContain(logLogger.Entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logLogger.Entries, e => e.Message.Contains("while locked", StringComparison.Ordinal));
        var warning = Assert.Single(dbLogger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(_temp.DatabasePath, warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Exception);

        Assert.True(writableAfter);
        Assert.False(db.Outage.IsOpen);
        Assert.Single(dbLogger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("works again", StringComparison.Ordinal));
        Assert.Equal(["after", "before"], log.Recent(10).Select(e => e.Question));
    }

    [Fact]
    public void QueryLog_TwoSeparateOutages_OneWarningEach()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        var log = TempStorage.QueryLog(db, options);

        for (var outage = 0; outage < 2; outage++)
        {
            using (LockExclusively(_temp.DatabasePath))
            {
                log.Record(Entry("dropped 1"));
                log.Record(Entry("dropped 2"));
            }

            log.Record(Entry($"kept {outage}"));
        }

        Assert.Equal(2, dbLogger.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Equal(2, dbLogger.Entries.Count(e => e.Level == LogLevel.Information && e.Message.Contains("works again", StringComparison.Ordinal)));
        Assert.Equal(["kept 1", "kept 0"], log.Recent(10).Select(e => e.Question));
    }

    [Fact]
    public async Task WriteBehindQueryLog_BatchFailsWhileLocked_WarnsOnceAndLaterBatchesLand()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        using var log = new WriteBehindQueryLog(TempStorage.QueryLog(db, options), new ListLogger<WriteBehindQueryLog>());

        // Not started: StopAsync drains whatever is queued, synchronously, so each phase's batch is written inside it.
        using (LockExclusively(_temp.DatabasePath))
        {
            log.Record(Entry("dropped"));
            await log.StopAsync(CancellationToken.None);
            log.Record(Entry("also dropped")); // after stop: written directly, fails directly
        }

        log.Record(Entry("kept"));

        Assert.Single(dbLogger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(["kept"], TempStorage.QueryLog(db, options).Recent(10).Select(e => e.Question));
    }

    [Fact]
    public void Constructor_FileLockedAtStart_StartsDegradedAndMakesTheIndexesOnceReleased()
    {
        var options = _temp.Options();
        using (var first = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options)))
        {
            TempStorage.QueryLog(first, options).Record(Entry("from an earlier run"));
        }

        var dbLogger = new ListLogger<LiteDbContext>();
        LiteDbContext db;
        bool writableWhileLocked;
        using (LockExclusively(_temp.DatabasePath))
        {
            db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
            writableWhileLocked = db.IsWritable();
        }

        using (db)
        {
            TempStorage.QueryLog(db, options).Record(Entry("after release"));
            var indexes = db.Collection<LiteDB.BsonDocument>("$indexes").FindAll()
                .Where(i => i["collection"].AsString == "query_log").Select(i => i["name"].AsString).ToList();

            Assert.False(writableWhileLocked);
            Assert.Single(dbLogger.Entries, e => e.Level == LogLevel.Warning);
            Assert.Single(dbLogger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("works again", StringComparison.Ordinal));
            Assert.Contains("Time", indexes);
            Assert.Equal(["after release", "from an earlier run"], TempStorage.QueryLog(db, options).Recent(10).Select(e => e.Question));
        }
    }

    [Fact]
    public void Constructor_PathThatCannotWork_StillThrowsAtStart()
    {
        // Only a lock on an existing file is tolerated at start; a path that can never work stays a configuration error.
        Directory.CreateDirectory(_temp.Root);
        var options = _temp.Options();
        Directory.CreateDirectory(options.Path);

        Assert.Throws<InvalidOperationException>(() => new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), new ListLogger<LiteDbContext>()));
    }

    private static QueryLogEntry Entry(string question) => new(Now, "slack", question, "statistic", "answer", 1.0);

    /// <summary>What another process holding the file does to LiteDB's shared mode, which opens the file for every operation.</summary>
    private static FileStream LockExclusively(string path) => new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
}
