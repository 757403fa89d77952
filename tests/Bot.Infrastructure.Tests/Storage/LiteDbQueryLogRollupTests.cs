using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage.Contracts;
using LiteDB;
using static Bot.Infrastructure.Tests.Storage.Contracts.QueryLogSumsContract;

namespace Bot.Infrastructure.Tests.Storage;

/// <summary>LiteDB's daily query-log sums as stored: catch-up of an old file, the retention sweep, and question text off.</summary>
public sealed class LiteDbQueryLogRollupTests : IDisposable
{
    private readonly List<LiteDbUnderTest> _opened = [];

    [Fact]
    public void OldFileWithoutSums_CaughtUpOnce_ResumesFromTheMarker_NoEntryCountedTwice()
    {
        var storage = Open();
        var entries = RandomEntries(900, seed: 7);
        // A file from before the sums: entries written straight into the collection, no day document, no marker.
        storage.Db.QueryLog.InsertBulk(entries.Take(600).Select(e => QueryLogDocument.From(e, keepQuestion: true)));
        Assert.Equal(0, Days(storage).Count());

        var first = storage.QueryLog();
        first.CatchUp();
        var marker = Marker(storage);
        Assert.True(Days(storage).Count() > 30);

        // Written while the sums lag (as by an older version of the bot on the same file): the batch goes in, the sums wait.
        storage.Db.QueryLog.InsertBulk(entries.Skip(600).Take(200).Select(e => QueryLogDocument.From(e, keepQuestion: true)));
        var second = Reopen(storage).QueryLog();
        second.RecordMany([.. entries.Skip(800)]);
        Assert.Equal(marker, Marker(storage));

        // The next report catches up from the marker; a second catch-up finds nothing to add.
        var votedDown = entries.Where((_, i) => i % 5 == 0).Select(e => e.AnswerId!).ToHashSet(StringComparer.Ordinal);
        // The instance that caught up before notices the lag too (it does not trust an earlier catch-up).
        AssertSumsEqualRecount(first, entries, Now.AddDays(-30), Now, votedDown, keepText: true);
        Assert.Equal(900, Marker(storage));
        var stored = DaysJson(storage);
        Reopen(storage).QueryLog().CatchUp();
        Assert.Equal(stored, DaysJson(storage));
        AssertSumsEqualRecount(Reopen(storage).QueryLog(), entries, Now.AddDays(-30), Now, votedDown, keepText: false);
    }

    [Fact]
    public void RecordMany_CaughtUpFile_SumsMoveWithEveryBatch()
    {
        var storage = Open();
        var log = storage.QueryLog();
        var entries = RandomEntries(400, seed: 3);

        log.RecordMany([.. entries.Take(150)]);
        log.RecordMany([.. entries.Skip(150)]);

        Assert.Equal(400, Marker(storage));
        Assert.Equal(entries.Count(e => e.Outcome != "admin"), Days(storage).FindAll().Sum(d => d.Counts.Sum(c => c.N)));
    }

    [Fact]
    public void ForgetQuestionsBefore_RemovesTheTextFromTheDailySumsToo_CountsStay()
    {
        var storage = Open();
        var log = storage.QueryLog();
        var cutoff = Now.AddDays(-3).AddHours(-5);
        List<QueryLogEntry> entries = [
            new(cutoff.AddDays(-2), "discord", "an old private question", "free-form", "decline", 3, "c", "A1", 0.2, null),
            new(cutoff.AddMinutes(-1), "discord", "a private question just before", "faq", "answer", 3, "c", "A2", 0.3, "faq:gsomia"),
            new(cutoff.AddMinutes(1), "discord", "a question just after", "faq", "answer", 3, "c", "A3", 0.9, null),
            new(Now.AddHours(-1), "slack", "a new question", "free-form", "decline", 3, "c", "A4", 0.2, null),
        ];
        log.RecordMany(entries);
        Assert.Contains("an old private question", DaysJson(storage), StringComparison.Ordinal);

        var forgotten = log.ForgetQuestionsBefore(cutoff);

        Assert.Equal(2, forgotten);
        var json = DaysJson(storage);
        Assert.DoesNotContain("private question", json, StringComparison.Ordinal);
        Assert.Contains("a question just after", json, StringComparison.Ordinal);
        Assert.Contains("a new question", json, StringComparison.Ordinal);
        Assert.All(Days(storage).FindAll(), d => Assert.True(d.OldestText is null || d.OldestText.Value.ToUniversalTime() >= cutoff.UtcDateTime));
        var swept = entries.Select(e => e.Time < cutoff ? e with { Question = null } : e).ToList();
        AssertSumsEqualRecount(log, swept, Now.AddDays(-30), Now, new HashSet<string> { "A2" }, keepText: true);
        Assert.Equal(0, log.ForgetQuestionsBefore(cutoff));
    }

    [Fact]
    public void LogQuestionTextOff_NoTextInTheDailySums_GapsCountedByKindIntentTopic()
    {
        var storage = Open(logQuestionText: false);
        var log = storage.QueryLog();
        var entries = RandomEntries(300, seed: 11);

        log.RecordMany(entries);

        var json = DaysJson(storage);
        foreach (var text in entries.Select(e => e.Question).OfType<string>().Where(t => t.Trim().Contains(' ', StringComparison.Ordinal)).Distinct())
        {
            Assert.DoesNotContain(text, json, StringComparison.Ordinal);
        }

        Assert.All(Days(storage).FindAll(), d =>
        {
            Assert.Empty(d.Texts);
            Assert.Empty(d.Gaps);
            Assert.Null(d.OldestText);
            Assert.All(d.GapsWithoutText.Concat(d.GapsByKind), g => Assert.Null(g.Example));
        });
        var stripped = entries.Select(e => e with { Question = null }).ToList();
        AssertSumsEqualRecount(log, stripped, Now.AddDays(-30), Now, new HashSet<string> { "A1", "A2", "A3" }, keepText: true);
    }

    public void Dispose()
    {
        for (var i = _opened.Count - 1; i >= 0; i--)
        {
            _opened[i].Dispose();
        }
    }

    private LiteDbUnderTest Open(bool logQuestionText = true)
    {
        var storage = new LiteDbUnderTest(logQuestionText);
        _opened.Add(storage);
        return storage;
    }

    private LiteDbUnderTest Reopen(LiteDbUnderTest storage)
    {
        var again = (LiteDbUnderTest)storage.Reopen();
        _opened.Add(again);
        return again;
    }

    private static ILiteCollection<QueryLogDayDocument> Days(LiteDbUnderTest storage) =>
        storage.Db.Collection<QueryLogDayDocument>(LiteDbQueryLog.DaysCollection);

    private static string DaysJson(LiteDbUnderTest storage) =>
        string.Join("\n", storage.Db.Collection<BsonDocument>(LiteDbQueryLog.DaysCollection).FindAll().OrderBy(d => d["_id"].AsDateTime).Select(d => d.ToString()));

    private static long Marker(LiteDbUnderTest storage) =>
        storage.Db.Collection<BsonDocument>(LiteDbQueryLog.MarkerCollection).FindById("days")?["through"].AsInt64 ?? 0;
}
