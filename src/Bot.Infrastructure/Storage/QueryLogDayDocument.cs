using Bot.Infrastructure.Reporting;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// One UTC day (collection <c>query_log_days</c>) or one hour of it (<c>query_log_hours</c>) of the query log added up
/// (<see cref="DaySums"/>) as LiteDB stores it, kept current by every <see cref="LiteDbQueryLog.RecordMany"/>; lists rather than
/// dictionaries so no key is ever a BSON field name.
/// </summary>
internal sealed class QueryLogDayDocument
{
    /// <summary>The day's start, UTC midnight (an hour's document: the hour's start).</summary>
    public DateTime Id { get; set; }

    public List<CountRow> Counts { get; set; } = [];
    public List<LatencyRow> Latency { get; set; } = [];
    public List<TextRow> Texts { get; set; } = [];
    public List<GapRow> Gaps { get; set; } = [];
    public List<GapRow> GapsWithoutText { get; set; } = [];
    public List<GapRow> GapsByKind { get; set; } = [];

    /// <summary>The earliest entry that still has its question text; null when none has (nothing for the retention sweep).</summary>
    public DateTime? OldestText { get; set; }

    /// <summary>
    /// A day's document only: its hours' sums (<c>query_log_hours</c>, same shape, <see cref="Id"/> the hour's start) hold the same
    /// entries as it does. False on a day summed before hours were kept (or rewritten by such a version): the first report that
    /// needs its hours, or the start-up back-fill, sums them from the day's entries.
    /// </summary>
    public bool Hours { get; set; }

    public sealed class CountRow
    {
        public string Platform { get; set; } = "";
        public string Outcome { get; set; } = "";
        public string Intent { get; set; } = "";
        public int N { get; set; }
    }

    public sealed class LatencyRow
    {
        public int Bucket { get; set; }
        public long N { get; set; }
        public double Max { get; set; }
    }

    public sealed class TextRow
    {
        public string Key { get; set; } = "";
        public int N { get; set; }
        public DateTime Last { get; set; }
        public string Text { get; set; } = "";
        public string Intent { get; set; } = "";
    }

    public sealed class GapRow
    {
        public string Key { get; set; } = "";
        public int N { get; set; }
        public DateTime Last { get; set; }
        public string Kind { get; set; } = "";
        public string Intent { get; set; } = "";
        public string? Example { get; set; }
        public string? Topic { get; set; }
    }

    public static QueryLogDayDocument From(DaySums sums, DateTime? hour = null) => new()
    {
        Id = hour ?? DaySums.StartOf(sums.Day).UtcDateTime,
        Counts = [.. sums.Counts.Select(c => new CountRow { Platform = c.Key.Platform, Outcome = c.Key.Outcome, Intent = c.Key.Intent, N = c.Value })],
        Latency = [.. sums.Latency.Select(l => new LatencyRow { Bucket = l.Key, N = l.Value.Count, Max = l.Value.Max })],
        Texts = [.. sums.Texts.Select(t => new TextRow { Key = t.Key, N = t.Value.Count, Last = t.Value.Last.UtcDateTime, Text = t.Value.Text, Intent = t.Value.Intent })],
        Gaps = Rows(sums.Gaps),
        GapsWithoutText = Rows(sums.GapsWithoutText),
        GapsByKind = Rows(sums.GapsByKind),
        OldestText = sums.OldestText?.UtcDateTime,
    };

    public DaySums ToSums()
    {
        var sums = new DaySums(DateOnly.FromDateTime(Id.ToUniversalTime()));
        foreach (var c in Counts)
        {
            sums.AddCount(c.Platform, c.Outcome, c.Intent, c.N);
        }

        foreach (var l in Latency)
        {
            sums.AddLatency(l.Bucket, l.N, l.Max);
        }

        foreach (var t in Texts)
        {
            sums.Texts[t.Key] = new TextSums { Count = t.N, Last = Utc(t.Last), Text = t.Text, Intent = t.Intent };
        }

        Fill(sums.Gaps, Gaps);
        Fill(sums.GapsWithoutText, GapsWithoutText);
        Fill(sums.GapsByKind, GapsByKind);
        sums.OldestText = OldestText is { } oldest ? Utc(oldest) : null;
        return sums;
    }

    private static List<GapRow> Rows(Dictionary<string, GapStats> gaps) => [.. gaps.Values.Select(g => new GapRow
    {
        Key = g.Key, N = g.Count, Last = g.LastAsked.UtcDateTime, Kind = g.Kind, Intent = g.Intent, Example = g.Example, Topic = g.Topic,
    })];

    private static void Fill(Dictionary<string, GapStats> gaps, List<GapRow> rows)
    {
        foreach (var row in rows)
        {
            var gap = GapStats.For(row.Key);
            gap.Add(Utc(row.Last), row.Example, row.Kind, row.Intent, row.Topic, row.N);
            gaps[row.Key] = gap;
        }
    }

    // LiteDB hands dates back in local time unless the file says otherwise.
    private static DateTimeOffset Utc(DateTime time) => new(time.ToUniversalTime(), TimeSpan.Zero);
}
