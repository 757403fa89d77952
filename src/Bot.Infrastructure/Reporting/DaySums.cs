using Bot.Core.Abstractions;
using Bot.Core.Routing;

namespace Bot.Infrastructure.Reporting;

/// <summary>How often one question text was asked, and the last asking's text and intent (the top list shows those).</summary>
internal sealed class TextSums
{
    public int Count { get; set; }
    public DateTimeOffset Last { get; set; }
    public string Text { get; set; } = "";
    public string Intent { get; set; } = "";

    public void Add(DateTimeOffset time, string text, string intent, int weight = 1)
    {
        Count += weight;
        if (time >= Last)
        {
            (Last, Text, Intent) = (time, text, intent);
        }
    }
}

/// <summary>
/// One UTC day of the query log added up for the curator report: questions per platform + outcome + intent, latencies in
/// <see cref="LatencyHistogram"/> buckets, counts per normalised question text, and gap counts three ways: by normalised
/// text (entries with text), by kind + intent + topic for entries without usable text, and by kind + intent + topic for every
/// gap entry (what a report shows when question text is off). Admin events are not questions and are left out. Built from
/// entries (at write time, or for a partial day) or restored from a stored rollup; <see cref="Merge"/> adds a later day.
/// </summary>
internal sealed class DaySums(DateOnly day)
{
    /// <summary>Not knowledge gaps: limits, empty or too-long messages, abuse, help and admin events.</summary>
    private static readonly HashSet<string> NotGaps = new(StringComparer.Ordinal)
    {
        IntentNames.Safety, IntentNames.RateLimited, IntentNames.TooLong, IntentNames.Empty, IntentNames.Help,
    };

    public DateOnly Day { get; } = day;

    public Dictionary<(string Platform, string Outcome, string Intent), int> Counts { get; } = [];

    public Dictionary<int, (long Count, double Max)> Latency { get; } = [];

    public Dictionary<string, TextSums> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>Gap entries with a usable text, by normalised text.</summary>
    public Dictionary<string, GapStats> Gaps { get; } = new(StringComparer.Ordinal);

    /// <summary>Gap entries without a usable text (none logged, swept, or only punctuation), by kind + intent + topic.</summary>
    public Dictionary<string, GapStats> GapsWithoutText { get; } = new(StringComparer.Ordinal);

    /// <summary>Every gap entry by kind + intent + topic, no text: what a report with question text off counts.</summary>
    public Dictionary<string, GapStats> GapsByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>The earliest entry of the day that still has its question text (the retention sweep's test); null when none has.</summary>
    public DateTimeOffset? OldestText { get; set; }

    public int Questions => Counts.Values.Sum();

    public static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    /// <summary>Admin events share the log (and name who changed what): they are not questions.</summary>
    public static bool IsQuestion(string outcome, string intent) => outcome != "admin" && !intent.StartsWith("admin", StringComparison.Ordinal);

    /// <summary>Why an entry is a gap, or null; <paramref name="votedDown"/>: its answer got a 👎.</summary>
    public static string? GapKind(string outcome, string intent, double? confidence, bool votedDown)
    {
        if (NotGaps.Contains(intent))
        {
            return null;
        }

        return outcome switch
        {
            "decline" => GapKinds.Decline,
            "clarify" => GapKinds.Clarify,
            "answer" when votedDown => GapKinds.VotedDown,
            "answer" when confidence < CuratorReportBuilder.LowConfidenceBelow => GapKinds.LowConfidence,
            _ => null,
        };
    }

    /// <summary>The question's text when it has one worth showing (the raw report's rule), else null.</summary>
    public static string? TextOf(QueryLogEntry entry) => string.IsNullOrWhiteSpace(entry.Question) ? null : entry.Question;

    /// <summary>Adds one entry (a stored rollup: <paramref name="votedDown"/> false, votes are applied when a report is built).</summary>
    public void Add(QueryLogEntry entry, bool votedDown)
    {
        if (!IsQuestion(entry.Outcome, entry.Intent))
        {
            return;
        }

        AddCount(entry.Platform, entry.Outcome, entry.Intent, 1);
        AddLatency(LatencyHistogram.Bucket(entry.LatencyMs), 1, entry.LatencyMs);
        if (entry.Question is not null && (OldestText is null || entry.Time < OldestText))
        {
            OldestText = entry.Time;
        }

        AddAsked(entry.Time, entry.Question, entry.Intent, entry.Outcome, entry.Topic, entry.Confidence, votedDown, 1);
    }

    public void AddCount(string platform, string outcome, string intent, int weight)
    {
        var key = (platform, outcome, intent);
        Counts[key] = Counts.GetValueOrDefault(key) + weight;
    }

    public void AddLatency(int bucket, long count, double max)
    {
        var seen = Latency.GetValueOrDefault(bucket);
        Latency[bucket] = (seen.Count + count, seen.Count == 0 ? max : Math.Max(seen.Max, max));
    }

    /// <summary>
    /// The text and gap sums of <paramref name="weight"/> entries alike but for their times, the last at <paramref name="time"/>
    /// (one entry, or a PostgreSQL GROUP BY row).
    /// </summary>
    public void AddAsked(DateTimeOffset time, string? question, string intent, string outcome, string? topic, double? confidence, bool votedDown, int weight)
    {
        var text = string.IsNullOrWhiteSpace(question) ? null : question;
        var normalized = text is null ? null : GapText.Normalize(text);
        if (normalized is { Length: > 0 })
        {
            if (!Texts.TryGetValue(normalized, out var sums))
            {
                Texts[normalized] = sums = new TextSums();
            }

            sums.Add(time, text!, intent, weight);
        }
        else
        {
            normalized = null;
        }

        if (GapKind(outcome, intent, confidence, votedDown) is not { } kind)
        {
            return;
        }

        AddGap(normalized is null ? GapsWithoutText : Gaps, GapStats.KeyOf(normalized, kind, intent, topic), time, text, kind, intent, topic, weight);
        AddGap(GapsByKind, GapStats.KeyOf(null, kind, intent, topic), time, null, kind, intent, topic, weight);
    }

    /// <summary>
    /// Adds the sums of a later stretch of the same day (an hour's stored sums after the entries before it): the same result as
    /// adding its entries one by one after these, since every "last" field keeps the latest entry's value.
    /// </summary>
    public void Merge(DaySums later)
    {
        foreach (var ((platform, outcome, intent), n) in later.Counts)
        {
            AddCount(platform, outcome, intent, n);
        }

        foreach (var (bucket, (count, max)) in later.Latency)
        {
            AddLatency(bucket, count, max);
        }

        foreach (var (key, text) in later.Texts)
        {
            if (!Texts.TryGetValue(key, out var sums))
            {
                Texts[key] = sums = new TextSums();
            }

            sums.Add(text.Last, text.Text, text.Intent, text.Count);
        }

        MergeGaps(Gaps, later.Gaps);
        MergeGaps(GapsWithoutText, later.GapsWithoutText);
        MergeGaps(GapsByKind, later.GapsByKind);
        if (later.OldestText is { } oldest && (OldestText is null || oldest < OldestText))
        {
            OldestText = oldest;
        }
    }

    private static void MergeGaps(Dictionary<string, GapStats> gaps, Dictionary<string, GapStats> later)
    {
        foreach (var (key, gap) in later)
        {
            if (!gaps.TryGetValue(key, out var sums))
            {
                gaps[key] = sums = GapStats.For(key);
            }

            sums.Merge(gap);
        }
    }

    /// <summary>
    /// Counts a 👎 on an entry this day already holds as a plain answer or a low-confidence gap: it becomes a voted-down gap.
    /// False when the sums cannot say it exactly (the entry was the last of a gap it now leaves): rebuild the day from its entries.
    /// </summary>
    public bool VoteDown(QueryLogEntry entry)
    {
        if (!IsQuestion(entry.Outcome, entry.Intent))
        {
            return true;
        }

        var before = GapKind(entry.Outcome, entry.Intent, entry.Confidence, votedDown: false);
        var after = GapKind(entry.Outcome, entry.Intent, entry.Confidence, votedDown: true);
        if (before == after || after is null)
        {
            return true;
        }

        var text = TextOf(entry);
        var normalized = text is null ? null : GapText.Normalize(text);
        normalized = normalized is { Length: > 0 } ? normalized : null;
        var exact = normalized is null
            ? Move(GapsWithoutText, entry, text, before, after)
            : Move(Gaps, entry, text, before, after, sameKey: true);
        return Move(GapsByKind, entry, null, before, after) && exact;
    }

    private static bool Move(Dictionary<string, GapStats> gaps, QueryLogEntry entry, string? text, string? before, string after, bool sameKey = false)
    {
        var normalized = sameKey ? GapText.Normalize(text!) : null;
        if (before is not null)
        {
            var old = gaps.GetValueOrDefault(GapStats.KeyOf(normalized, before, entry.Intent, entry.Topic));
            if (old is null)
            {
                return false;
            }

            if (sameKey)
            {
                // Same key, same count: only the kind changes, and only if this entry is the gap's last.
                if (entry.Time >= old.LastAsked)
                {
                    old.Kind = after;
                }

                return true;
            }

            old.Count--;
            if (old.Count == 0)
            {
                gaps.Remove(old.Key);
            }
            else if (entry.Time >= old.LastAsked)
            {
                return false;
            }
        }

        AddGap(gaps, GapStats.KeyOf(normalized, after, entry.Intent, entry.Topic), entry.Time, text, after, entry.Intent, entry.Topic, 1);
        return true;
    }

    private static void AddGap(Dictionary<string, GapStats> gaps, string key, DateTimeOffset time, string? text, string kind, string intent, string? topic, int weight)
    {
        if (!gaps.TryGetValue(key, out var gap))
        {
            gaps[key] = gap = GapStats.For(key);
        }

        gap.Add(time, text, kind, intent, topic, weight);
    }
}
