using Bot.Core.Abstractions;
using Bot.Infrastructure.Reporting;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// The query log in LiteDB; recording never fails the answer it describes. Each batch also updates its days' sums
/// (<see cref="QueryLogDayDocument"/>, collection <c>query_log_days</c>) in the same transaction, so the curator report reads a
/// month as a few dozen documents instead of every entry; the same sums per hour (<c>query_log_hours</c>) let it read the
/// first part-day of a period as at most an hour of entries. The sums cover exactly the entries up to a recorded id (the marker
/// in <c>query_log_rollup</c>); a file written before the sums existed is caught up from there, in chunks, once (at start by
/// <see cref="QueryLogRollupStartup"/>, checked again by every report and retention sweep), resumably and idempotently.
/// </summary>
public sealed class LiteDbQueryLog(LiteDbContext db, IOptions<StorageOptions> options, ILogger<LiteDbQueryLog> logger) : IQueryLogStore, IQueryLogSums
{
    internal const string DaysCollection = "query_log_days";
    internal const string MarkerCollection = "query_log_rollup";
    internal const string HoursCollection = "query_log_hours";

    /// <summary>Entries added to the sums per catch-up transaction (each holds the file's lock while it runs).</summary>
    internal const int CatchUpChunk = 20_000;

    private const string MarkerId = "days";
    private int _indexed;

    private ILiteCollection<QueryLogDayDocument> Days => db.Collection<QueryLogDayDocument>(DaysCollection);

    /// <summary>The same sums per hour, for the report's first part-day (a period starts at the hour it is asked, not at midnight).</summary>
    private ILiteCollection<QueryLogDayDocument> Hours => db.Collection<QueryLogDayDocument>(HoursCollection);

    private ILiteCollection<BsonDocument> Markers => db.Collection<BsonDocument>(MarkerCollection);

    public void Record(QueryLogEntry entry) => RecordMany([entry]);

    public bool RecordMany(IReadOnlyList<QueryLogEntry> entries)
    {
        try
        {
            var keep = options.Value.LogQuestionText;
            var documents = entries.Select(e => QueryLogDocument.From(e, keep)).ToList();
            db.Exclusively(() =>
            {
                // Sums are kept up here only once they hold every earlier entry; until then the catch-up adds these too.
                var through = SummedThrough();
                var caughtUp = through == LastId();
                db.QueryLog.InsertBulk(documents);
                if (caughtUp && documents.Count > 0)
                {
                    AddToDays(documents);
                    SetSummedThrough(documents.Max(d => d.Id));
                }

                return true;
            });
            db.Succeeded();
        }
        catch (Exception ex)
        {
            // The user is waiting for an answer, not for our log: drop the entries and tell the operator (once per outage:
            // the context warns, this line is debug). The question text stays out so the privacy switch holds here too.
            db.Failed(ex);
            logger.LogDebug("{Count} query log entries dropped ({Platform}, {Intent}): cannot write {Path}",
                entries.Count, entries[0].Platform, entries[0].Intent, db.FullPath);
        }

        return true;
    }

    public IReadOnlyList<QueryLogEntry> Recent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return [];
        }

        return db.QueryLog.Query()
            .OrderByDescending(d => d.Id)
            .Limit(count)
            .ToList()
            .ConvertAll(d => d.ToEntry());
    }

    public int Count() => db.QueryLog.Count();

    public IEnumerable<QueryLogEntry> Since(DateTimeOffset from)
    {
        var start = from.UtcDateTime;
        // Through the Time index, a document at a time: the cursor never holds the whole log.
        return db.QueryLog.Find(d => d.Time >= start).Select(d => d.ToEntry());
    }

    public int ForgetQuestionsBefore(DateTimeOffset cutoff)
    {
        var end = cutoff.UtcDateTime;
        var forgotten = 0;
        // In batches, so a first sweep over a year of questions neither holds them all nor one long write lock.
        while (true)
        {
            var batch = db.QueryLog.Query().Where(d => d.Time < end && d.Question != null).Limit(1000).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var d in batch)
            {
                d.Question = null;
            }

            forgotten += db.QueryLog.Update(batch);
        }

        // The days' sums hold texts too: every day that still has text from before the cutoff is summed again from its
        // entries, which have none now (a day at a time; a crash in between leaves it for the next sweep).
        // Hours are asked too: a day rewritten by a version that kept no hours may have older hours left with text.
        CatchUp();
        var withText = Days.Find(d => d.OldestText != null && d.OldestText < end).Select(d => d.Id)
            .Concat(Hours.Find(h => h.OldestText != null && h.OldestText < end).Select(h => h.Id))
            .Select(id => DaySums.DayOf(new DateTimeOffset(id.ToUniversalTime(), TimeSpan.Zero)))
            .ToHashSet();
        foreach (var day in withText)
        {
            db.Exclusively(() => Resum(day));
        }

        return forgotten;
    }

    QueryLogSummary IQueryLogSums.Summarize(DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText)
    {
        CatchUp();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var firstFull = DaySums.DayOf(from).AddDays(1);
        var toDay = DaySums.DayOf(to);
        var days = new SortedDictionary<DateOnly, DaySums>();
        var voted = new Dictionary<string, string?>(StringComparer.Ordinal);
        var fullFrom = DaySums.StartOf(firstFull);

        // The period's last day is the day so far (a report ends now): its stored sums are exactly its entries up to the end
        // unless one was logged later than that (a clock ahead, a report ending in the past). Checked and read in one transaction,
        // so a batch written in between cannot slip into the sums. Saves reading up to a day of entries one by one.
        var lastDay = db.Exclusively(() => LoggedAfter(to, DaySums.StartOf(toDay.AddDays(1))) ? null : Days.FindById(DaySums.StartOf(toDay).UtcDateTime));
        var fullTo = lastDay is null ? DaySums.StartOf(toDay) : DaySums.StartOf(toDay.AddDays(1));
        if (fullTo <= fullFrom)
        {
            // The whole period within two part-days (a one-day report with entries after its end): from the entries.
            return QueryLogSummary.FromEntries(Between(from, to), from, to, votedDown, keepText);
        }

        // The part-day at the start (a report's period starts at the time it is asked, 30 days back): the entries of its first
        // part-hour one by one, then its whole hours' sums (summed from the day's entries first on a day from before hours were
        // kept); the days after from their sums. Votes on entries from the first whole hour on are applied below, as for days.
        var firstDay = DaySums.DayOf(from);
        var summedFrom = HourStartAtOrAfter(from);
        if (summedFrom < fullFrom)
        {
            db.Exclusively(() => Days.FindById(DaySums.StartOf(firstDay).UtcDateTime) is { Hours: false } && Resum(firstDay));
        }

        if (summedFrom > from)
        {
            QueryLogSummary.Add(Between(from, summedFrom.AddTicks(-1)), from, to, votedDown, keepText, days, voted);
        }

        if (summedFrom < fullFrom)
        {
            foreach (var hour in Hours.Find(Query.Between("_id", new BsonValue(summedFrom.UtcDateTime), new BsonValue(fullFrom.UtcDateTime.AddTicks(-1))))
                .OrderBy(h => h.Id))
            {
                if (!days.TryGetValue(firstDay, out var sums))
                {
                    days[firstDay] = sums = new DaySums(firstDay);
                }

                sums.Merge(hour.ToSums());
            }

            // Hours of admin events only: no questions, no day (as when the entries are read).
            if (days.TryGetValue(firstDay, out var first) && first.Counts.Count == 0)
            {
                days.Remove(firstDay);
            }
        }

        var partDays = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var start = fullFrom.UtcDateTime;
        var end = DaySums.StartOf(toDay).UtcDateTime;
        foreach (var stored in Days.Find(d => d.Id >= start && d.Id < end))
        {
            var sums = stored.ToSums();
            days[sums.Day] = sums;
        }

        if (lastDay is not null && lastDay.Counts.Count > 0)
        {
            days[toDay] = lastDay.ToSums();
        }

        var dayDocuments = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        // A 👎 turns the answer it was given on into a voted-down gap: find those answers by id (a few hundred, not the log).
        // One index seek per id, in one transaction (the file opened once): an IN query over the ids scanned the whole log.
        var votedEntries = votedDown.Count == 0
            ? []
            : db.Exclusively(() => votedDown.SelectMany(id => db.QueryLog.Find(d => d.AnswerId == id)).ToList())
                .Select(d => (d.Id, Entry: d.ToEntry()))
                .Where(d => d.Entry.Time >= summedFrom && d.Entry.Time < fullTo && d.Entry.Time <= to && DaySums.IsQuestion(d.Entry.Outcome, d.Entry.Intent))
                .OrderBy(d => d.Entry.Time).ThenBy(d => d.Id)
                .Select(d => d.Entry)
                .ToList();
        var resum = new HashSet<DateOnly>();
        foreach (var entry in votedEntries)
        {
            voted[entry.AnswerId!] = keepText ? DaySums.TextOf(entry) : null;
            if (!days.TryGetValue(DaySums.DayOf(entry.Time), out var sums) || !sums.VoteDown(entry))
            {
                resum.Add(DaySums.DayOf(entry.Time));
            }
        }

        // Where the sums cannot say it exactly (the 👎 answer was the last of the gap it leaves), that day from its entries.
        foreach (var day in resum)
        {
            var dayStart = DaySums.StartOf(day);
            var again = QueryLogSummary.FromEntries(Between(dayStart, dayStart.AddDays(1).AddTicks(-1)), from, to, votedDown, keepText);
            days.Remove(day);
            foreach (var sums in again.Days)
            {
                days[sums.Day] = sums;
            }
        }

        if (fullTo <= to)
        {
            QueryLogSummary.Add(Between(fullTo, to), from, to, votedDown, keepText, days, voted);
        }

        logger.LogDebug("Query log sums: first part-day (entries before {SummedFrom:HH:mm}, hours after) {PartDay} ms, {Days} day sums {DaySums} ms, {Voted} 👎 answers and {Resummed} days summed again and the last part-day {Rest} ms",
            summedFrom, (long)partDays.TotalMilliseconds, days.Count, (long)(dayDocuments - partDays).TotalMilliseconds, votedEntries.Count, resum.Count,
            (long)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - dayDocuments).TotalMilliseconds);
        return new QueryLogSummary([.. days.Values], voted);
    }

    /// <summary><paramref name="time"/> when it is a whole hour, else the next whole hour.</summary>
    private static DateTimeOffset HourStartAtOrAfter(DateTimeOffset time)
    {
        var start = HourOf(time);
        return start == time.UtcDateTime ? time : new DateTimeOffset(start.AddHours(1), TimeSpan.Zero);
    }

    /// <summary>The start of the UTC hour <paramref name="time"/> falls in (an hour document's id).</summary>
    private static DateTime HourOf(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
    }

    /// <summary>Whether an entry was logged after <paramref name="to"/> and before <paramref name="before"/> (one Time index seek).</summary>
    private bool LoggedAfter(DateTimeOffset to, DateTimeOffset before) =>
        db.QueryLog.Find(Query.Between(nameof(QueryLogDocument.Time), new BsonValue(to.UtcDateTime.AddTicks(1)), new BsonValue(before.UtcDateTime.AddTicks(-1))), limit: 1).Any();

    /// <summary>
    /// Adds every entry the sums do not hold yet (a file from before they existed), <see cref="CatchUpChunk"/> entries per
    /// transaction, each moving the marker with it: stopped half-way, it resumes there; run twice, the second finds nothing.
    /// </summary>
    internal void CatchUp()
    {
        if (Volatile.Read(ref _indexed) == 0)
        {
            // Voted-down answers are found by id; LiteDbContext ensures the AnswerId index at start, so this is a check.
            db.QueryLog.EnsureIndex(d => d.AnswerId);
            Days.EnsureIndex(d => d.OldestText);
            Hours.EnsureIndex(d => d.OldestText);
            Volatile.Write(ref _indexed, 1);
        }

        // Checked every time (one short transaction when there is nothing to add): an older version of the bot on the same
        // file may have written entries without sums since the last catch-up.
        var added = 0L;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var chunk = db.Exclusively(() =>
            {
                var through = SummedThrough();
                var documents = db.QueryLog.Query().Where(d => d.Id > through).OrderBy(d => d.Id).Limit(CatchUpChunk).ToList();
                if (documents.Count > 0)
                {
                    AddToDays(documents);
                    SetSummedThrough(documents[^1].Id);
                }

                return documents.Count;
            });
            added += chunk;
            if (chunk < CatchUpChunk)
            {
                break;
            }
        }

        if (added > 0)
        {
            logger.LogInformation("Query log: {Count} entries added to the daily sums in {Seconds:F1} s (a file from before they existed)",
                added, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    /// <summary>Entries with <paramref name="from"/> ≤ time ≤ <paramref name="to"/>, oldest first, through the Time index.</summary>
    private IEnumerable<QueryLogEntry> Between(DateTimeOffset from, DateTimeOffset to) =>
        TimeBetween(from.UtcDateTime, to.UtcDateTime).Select(d => d.ToEntry());

    /// <summary>
    /// An explicit BETWEEN on the Time index: with <c>d.Time &gt;= a &amp;&amp; d.Time &lt;= b</c> LiteDB may seek on the first bound
    /// only and read (and filter) every later entry, the whole log for the first day of a month's report.
    /// </summary>
    private IEnumerable<QueryLogDocument> TimeBetween(DateTime start, DateTime end) =>
        db.QueryLog.Find(Query.Between(nameof(QueryLogDocument.Time), new BsonValue(start), new BsonValue(end)));

    private void AddToDays(IEnumerable<QueryLogDocument> documents)
    {
        foreach (var day in documents.Select(d => d.ToEntry()).GroupBy(e => DaySums.DayOf(e.Time)))
        {
            var id = DaySums.StartOf(day.Key).UtcDateTime;
            var stored = Days.FindById(id);
            var sums = stored?.ToSums() ?? new DaySums(day.Key);
            var entries = day.OrderBy(e => e.Time).ToList();
            foreach (var entry in entries)
            {
                sums.Add(entry, votedDown: false);
            }

            // A new day keeps its hours from its first entry; a day summed before hours were kept leaves them to its back-fill
            // (which sums them from all its entries, these included).
            var hours = stored is null || stored.Hours;
            if (hours)
            {
                AddToHours(day.Key, entries);
            }

            var document = QueryLogDayDocument.From(sums);
            document.Hours = hours;
            Days.Upsert(document);
        }
    }

    /// <summary>Adds one day's entries, in time order, to their hours' sums.</summary>
    private void AddToHours(DateOnly day, IEnumerable<QueryLogEntry> entries)
    {
        foreach (var hour in entries.GroupBy(e => HourOf(e.Time)))
        {
            var sums = Hours.FindById(hour.Key)?.ToSums() ?? new DaySums(day);
            foreach (var entry in hour)
            {
                sums.Add(entry, votedDown: false);
            }

            Hours.Upsert(QueryLogDayDocument.From(sums, hour.Key));
        }
    }

    /// <summary>
    /// Sums the hours of every day summed before hours were kept (a file from an earlier version), newest day first, one day per
    /// transaction; returns how many days. Stopped half-way, the days left keep their flag and the next run (or report) does them.
    /// </summary>
    internal int BackfillHours(CancellationToken cancel = default)
    {
        var pending = Days.FindAll().Where(d => !d.Hours).Select(d => d.Id).OrderDescending().ToList();
        var done = 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var id in pending)
        {
            cancel.ThrowIfCancellationRequested();
            var day = DaySums.DayOf(new DateTimeOffset(id.ToUniversalTime(), TimeSpan.Zero));
            if (db.Exclusively(() => Days.FindById(DaySums.StartOf(day).UtcDateTime) is { Hours: false } && Resum(day)))
            {
                done++;
            }
        }

        if (done > 0)
        {
            logger.LogInformation("Query log: hourly sums of {Days} days summed from their entries in {Seconds:F1} s (a file from before they were kept)",
                done, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return done;
    }

    /// <summary>
    /// One day's sums and its hours' again from its entries (those the marker covers; later ones the catch-up adds). Inside a
    /// transaction. Always true (a value for <see cref="LiteDbContext.Exclusively{T}"/>).
    /// </summary>
    private bool Resum(DateOnly day)
    {
        var through = SummedThrough();
        var start = DaySums.StartOf(day).UtcDateTime;
        var end = start.AddDays(1);
        var sums = new DaySums(day);
        var hours = new SortedDictionary<DateTime, DaySums>();
        foreach (var document in TimeBetween(start, end.AddTicks(-1)).Where(d => d.Id <= through))
        {
            var entry = document.ToEntry();
            sums.Add(entry, votedDown: false);
            var hour = HourOf(entry.Time);
            if (!hours.TryGetValue(hour, out var hourSums))
            {
                hours[hour] = hourSums = new DaySums(day);
            }

            hourSums.Add(entry, votedDown: false);
        }

        Hours.DeleteMany(Query.Between("_id", new BsonValue(start), new BsonValue(end.AddTicks(-1))));
        if (sums.Counts.Count == 0)
        {
            Days.Delete(start);
            return true;
        }

        Hours.InsertBulk(hours.Select(h => QueryLogDayDocument.From(h.Value, h.Key)));
        var summed = QueryLogDayDocument.From(sums);
        summed.Hours = true;
        Days.Upsert(summed);
        return true;
    }

    private long LastId() =>
        db.QueryLog.Query().OrderByDescending(d => d.Id).Select(d => d.Id).Limit(1).ToList() is [var last] ? last : 0;

    private long SummedThrough() => Markers.FindById(MarkerId)?["through"].AsInt64 ?? 0;

    private void SetSummedThrough(long id) => Markers.Upsert(new BsonDocument { ["_id"] = MarkerId, ["through"] = id });
}
