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
    public void RecordMany_OutOfTimeOrder_EveryHourHoldsItsEntries_HoursAddUpToTheirDay()
    {
        var storage = Open();
        var log = storage.QueryLog();
        var entries = RandomEntries(1500, seed: 21);

        foreach (var batch in entries.Chunk(200))
        {
            log.RecordMany(batch);
        }

        var questions = entries.Where(e => e.Outcome != "admin").ToList();
        var hours = Hours(storage).FindAll().ToList();
        Assert.All(hours, h => Assert.Equal(
            questions.Count(e => e.Time.UtcDateTime >= h.Id.ToUniversalTime() && e.Time.UtcDateTime < h.Id.ToUniversalTime().AddHours(1)), QuestionsIn(h)));
        Assert.Equal(questions.Count, hours.Sum(QuestionsIn));
        Assert.All(Days(storage).FindAll(), d =>
        {
            Assert.True(d.Hours);
            Assert.Equal(QuestionsIn(d), hours.Where(h => h.Id.Date == d.Id.Date).Sum(QuestionsIn));
        });
    }

    [Fact]
    public void DaysFromBeforeHours_FirstReportSumsItsFirstDaysHours_SameAsARecount()
    {
        var storage = Open();
        var entries = RandomEntries(1200, seed: 5);
        storage.QueryLog().RecordMany(entries);
        AsBeforeHours(storage);
        var from = Now.AddDays(-30).AddMinutes(-17.5);
        var firstDay = new DateTime(from.UtcDateTime.Date.Ticks, DateTimeKind.Utc);
        var votedDown = entries.Where((_, i) => i % 6 == 0).Select(e => e.AnswerId!).ToHashSet(StringComparer.Ordinal);

        var log = Reopen(storage).QueryLog();
        AssertSumsEqualRecount(log, entries, from, Now, votedDown, keepText: true);

        // Only the day the report began in got its hours (from its entries); the next report reads them.
        Assert.Equal([firstDay], Days(storage).FindAll().Where(d => d.Hours).Select(d => d.Id.ToUniversalTime()));
        Assert.NotEmpty(Hours(storage).FindAll());
        Assert.All(Hours(storage).FindAll(), h => Assert.Equal(firstDay, h.Id.ToUniversalTime().Date));
        AssertSumsEqualRecount(Reopen(storage).QueryLog(), entries, from, Now, votedDown, keepText: true);
        AssertSumsEqualRecount(Reopen(storage).QueryLog(), entries, from, Now, votedDown, keepText: false);
    }

    [Fact]
    public void BackfillHours_FileFromBeforeHours_EveryDayOnce_ThenWritesKeepThem()
    {
        var storage = Open();
        var entries = RandomEntries(1200, seed: 9);
        storage.QueryLog().RecordMany([.. entries.Take(1000)]);
        AsBeforeHours(storage);
        var days = Days(storage).Count();

        var log = Reopen(storage).QueryLog();
        Assert.Equal(days, log.BackfillHours());
        Assert.Equal(0, log.BackfillHours());
        var stored = DaysJson(storage);
        Assert.Equal(0, Reopen(storage).QueryLog().BackfillHours());
        Assert.Equal(stored, DaysJson(storage));

        log.RecordMany([.. entries.Skip(1000)]);
        Assert.All(Days(storage).FindAll(), d => Assert.True(d.Hours));
        Assert.Equal(entries.Count(e => e.Outcome != "admin"), Hours(storage).FindAll().Sum(QuestionsIn));
        var votedDown = entries.Where((_, i) => i % 4 == 0).Select(e => e.AnswerId!).ToHashSet(StringComparer.Ordinal);
        AssertSumsEqualRecount(log, entries, Now.AddDays(-30).AddMinutes(-41), Now.AddMinutes(-3), votedDown, keepText: true);
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
        Assert.All(Days(storage).FindAll().Concat(Hours(storage).FindAll()),
            d => Assert.True(d.OldestText is null || d.OldestText.Value.ToUniversalTime() >= cutoff.UtcDateTime));
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

        Assert.All(Days(storage).FindAll().Concat(Hours(storage).FindAll()), d =>
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

    private static ILiteCollection<QueryLogDayDocument> Hours(LiteDbUnderTest storage) =>
        storage.Db.Collection<QueryLogDayDocument>(LiteDbQueryLog.HoursCollection);

    /// <summary>Every stored sum, the days' and the hours', as JSON (what a privacy check must not find text in).</summary>
    private static string DaysJson(LiteDbUnderTest storage) =>
        string.Join("\n", new[] { LiteDbQueryLog.DaysCollection, LiteDbQueryLog.HoursCollection }
            .SelectMany(c => storage.Db.Collection<BsonDocument>(c).FindAll().OrderBy(d => d["_id"].AsDateTime))
            .Select(d => d.ToString()));

    /// <summary>Makes the file as a version that kept no hourly sums left it: no hours, no flag on the days.</summary>
    private static void AsBeforeHours(LiteDbUnderTest storage)
    {
        storage.Db.Collection<BsonDocument>(LiteDbQueryLog.HoursCollection).DeleteAll();
        var days = storage.Db.Collection<BsonDocument>(LiteDbQueryLog.DaysCollection);
        foreach (var day in days.FindAll().ToList())
        {
            day.Remove("Hours");
            days.Update(day);
        }
    }

    private static int QuestionsIn(QueryLogDayDocument sums) => sums.Counts.Sum(c => c.N);

    private static long Marker(LiteDbUnderTest storage) =>
        storage.Db.Collection<BsonDocument>(LiteDbQueryLog.MarkerCollection).FindById("days")?["through"].AsInt64 ?? 0;
}
