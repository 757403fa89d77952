using Bot.Core.Reporting;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// Adds up a report's days (<see cref="DaySums"/>, oldest first), so a million entries cost their days and distinct texts, not
/// their number: counts by outcome, platform, intent and day, a latency histogram for the 95th percentile, question counts for
/// the top list, and gap statistics (by text, or by kind + intent + topic when question text is off).
/// </summary>
internal sealed class ReportAccumulator(DateTimeOffset from, DateTimeOffset to, bool keepText)
{
    private readonly Dictionary<string, int> _byOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byPlatform = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byIntent = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, Dictionary<string, int>> _perDay = [];
    private readonly Dictionary<int, (long Count, double Max)> _latency = [];
    private readonly Dictionary<string, TextSums> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GapStats> _gaps = new(StringComparer.Ordinal);

    public int Questions { get; private set; }

    public IReadOnlyCollection<GapStats> Gaps => _gaps.Values;

    /// <summary>Adds one day's sums; days come oldest first (the last asking of a text or gap is the latest day's).</summary>
    public void Add(DaySums day)
    {
        if (!_perDay.TryGetValue(day.Day, out var outcomes))
        {
            _perDay[day.Day] = outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var ((platform, outcome, intent), n) in day.Counts)
        {
            Questions += n;
            Increment(_byOutcome, outcome, n);
            Increment(_byPlatform, platform, n);
            Increment(_byIntent, intent, n);
            Increment(outcomes, outcome, n);
        }

        foreach (var (bucket, (count, max)) in day.Latency)
        {
            var seen = _latency.GetValueOrDefault(bucket);
            _latency[bucket] = (seen.Count + count, seen.Count == 0 ? max : Math.Max(seen.Max, max));
        }

        if (keepText)
        {
            foreach (var (key, sums) in day.Texts)
            {
                if (!_texts.TryGetValue(key, out var total))
                {
                    _texts[key] = total = new TextSums();
                }

                total.Add(sums.Last, sums.Text, sums.Intent, sums.Count);
            }

            Merge(day.Gaps);
            Merge(day.GapsWithoutText);
        }
        else
        {
            Merge(day.GapsByKind);
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

    /// <summary>See <see cref="LatencyHistogram"/>: exact, or at most 1 % above the exact 95th percentile.</summary>
    public double? P95() => LatencyHistogram.P95(_latency);

    public IReadOnlyList<TopQuestion> Top(int count) => keepText
        ? [.. _texts.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal).Take(count).Select(t => new TopQuestion(t.Text, t.Count, t.Intent))]
        : [];

    private void Merge(Dictionary<string, GapStats> gaps)
    {
        foreach (var (key, gap) in gaps)
        {
            if (_gaps.TryGetValue(key, out var total))
            {
                total.Merge(gap);
            }
            else
            {
                _gaps[key] = gap.Copy();
            }
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key, int n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;
}
