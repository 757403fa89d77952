using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Bot.Core.Reporting;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// Adds up the query log one entry at a time, so a million entries cost their distinct texts, not their number: counts by
/// outcome, platform, intent and day, latencies for the 95th percentile, question counts for the top list, and gap statistics.
/// </summary>
internal sealed class ReportAccumulator(DateTimeOffset from, DateTimeOffset to, bool keepText, IReadOnlySet<string> votedDown)
{
    /// <summary>Above this many distinct texts the top-question counter drops those seen once (the top list is approximate then).</summary>
    internal const int MaxDistinctTexts = 100_000;

    /// <summary>Not knowledge gaps: limits, empty or too-long messages, abuse, help and admin events.</summary>
    private static readonly HashSet<string> NotGaps = new(StringComparer.Ordinal)
    {
        IntentNames.Safety, IntentNames.RateLimited, IntentNames.TooLong, IntentNames.Empty, IntentNames.Help,
    };

    private readonly Dictionary<string, int> _byOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byPlatform = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byIntent = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, Dictionary<string, int>> _perDay = [];
    private readonly List<float> _latencies = [];
    private readonly Dictionary<string, (int Count, string Text, string Intent)> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GapStats> _gaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _votedQuestions = new(StringComparer.Ordinal);
    private int _pruneBelow = 2;

    public int Questions { get; private set; }

    public IReadOnlyCollection<GapStats> Gaps => _gaps.Values;

    /// <summary>The question each 👎-voted answer replied to (null without text), by answer id.</summary>
    public IReadOnlyDictionary<string, string?> VotedQuestions => _votedQuestions;

    public void Add(QueryLogEntry entry)
    {
        // Admin events share the log (and name who changed what): they are not questions.
        if (entry.Outcome == "admin" || entry.Intent.StartsWith("admin", StringComparison.Ordinal) || entry.Time < from || entry.Time > to)
        {
            return;
        }

        Questions++;
        Increment(_byOutcome, entry.Outcome);
        Increment(_byPlatform, entry.Platform);
        Increment(_byIntent, entry.Intent);
        var day = DateOnly.FromDateTime(entry.Time.UtcDateTime);
        if (!_perDay.TryGetValue(day, out var outcomes))
        {
            _perDay[day] = outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        Increment(outcomes, entry.Outcome);
        _latencies.Add((float)entry.LatencyMs);

        var text = keepText && !string.IsNullOrWhiteSpace(entry.Question) ? entry.Question : null;
        var normalized = text is null ? null : GapText.Normalize(text);
        if (normalized is { Length: > 0 })
        {
            CountText(normalized, text!, entry.Intent);
        }
        else
        {
            normalized = null;
        }

        var voted = entry.AnswerId is { } id && votedDown.Contains(id);
        if (voted)
        {
            _votedQuestions[entry.AnswerId!] = text;
        }

        if (GapKind(entry, voted) is { } kind)
        {
            var key = normalized ?? $"\u0001{kind}|{entry.Intent}|{entry.Topic}";
            if (!_gaps.TryGetValue(key, out var gap))
            {
                _gaps[key] = gap = new GapStats(key, normalized);
            }

            gap.Add(entry.Time, text, kind, entry.Intent, entry.Topic);
        }
    }

    public IReadOnlyDictionary<string, int> ByOutcome => _byOutcome;
    public IReadOnlyDictionary<string, int> ByPlatform => _byPlatform;
    public IReadOnlyDictionary<string, int> ByIntent => _byIntent;

    /// <summary>Every UTC day of the period, oldest first, days without questions included (a chart needs the gaps).</summary>
    public IReadOnlyList<DayCount> PerDay()
    {
        var days = new List<DayCount>();
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= DateOnly.FromDateTime(to.UtcDateTime); day = day.AddDays(1))
        {
            var outcomes = _perDay.TryGetValue(day, out var o) ? o : new Dictionary<string, int>();
            days.Add(new DayCount(day, outcomes.Values.Sum(), outcomes));
        }

        return days;
    }

    public double? P95()
    {
        if (_latencies.Count == 0)
        {
            return null;
        }

        _latencies.Sort();
        var rank = (int)Math.Ceiling(0.95 * _latencies.Count) - 1;
        return Math.Round(_latencies[Math.Clamp(rank, 0, _latencies.Count - 1)], 2);
    }

    public IReadOnlyList<TopQuestion> Top(int count) => keepText
        ? [.. _texts.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal).Take(count).Select(t => new TopQuestion(t.Text, t.Count, t.Intent))]
        : [];

    private void CountText(string normalized, string text, string intent)
    {
        _texts[normalized] = _texts.TryGetValue(normalized, out var seen) ? (seen.Count + 1, text, intent) : (1, text, intent);
        if (_texts.Count > MaxDistinctTexts)
        {
            // Questions asked once or twice among a hundred thousand distinct ones never reach the top ten: drop them.
            foreach (var rare in _texts.Where(t => t.Value.Count < _pruneBelow).Select(t => t.Key).ToList())
            {
                _texts.Remove(rare);
            }

            if (_texts.Count > MaxDistinctTexts / 2)
            {
                _pruneBelow++;
            }
        }
    }

    private static string? GapKind(QueryLogEntry entry, bool votedDown)
    {
        if (NotGaps.Contains(entry.Intent))
        {
            return null;
        }

        return entry.Outcome switch
        {
            "decline" => GapKinds.Decline,
            "clarify" => GapKinds.Clarify,
            "answer" when votedDown => GapKinds.VotedDown,
            "answer" when entry.Confidence < CuratorReportBuilder.LowConfidenceBelow => GapKinds.LowConfidence,
            _ => null,
        };
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
