namespace Bot.Infrastructure.Reporting;

/// <summary>
/// Answer latencies in logarithmic buckets, so a day's latencies cost a few hundred numbers, not one per question: bucket
/// <c>i</c> holds the latencies in [<c>Bounds[i-1]</c>, <c>Bounds[i]</c>) (bucket 0 those below 0.01 ms), each bound 1 % above
/// the one before, and each bucket keeps the largest latency it saw. The 95th percentile is the largest latency of the bucket
/// the 95th-percentile rank falls in: an actual latency, exact when it is its bucket's largest, otherwise at most 1 % above
/// the exact value (never below it). PostgreSQL computes the same buckets with <c>width_bucket(latency_ms, Bounds)</c>.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>0.01 ms × 1.01^k up to past 10,000 s (≈2,100 bounds).</summary>
    public static readonly double[] Bounds = MakeBounds();

    /// <summary>How many bounds are at or below <paramref name="latencyMs"/> (PostgreSQL's <c>width_bucket</c> with an array).</summary>
    public static int Bucket(double latencyMs)
    {
        var at = Array.BinarySearch(Bounds, latencyMs);
        if (at >= 0)
        {
            // Equal to a bound: that bound is a lower bound, so the value lies in the bucket above it.
            return at + 1;
        }

        return ~at;
    }

    /// <summary>The 95th percentile (rank ⌈0.95 n⌉, as over a sorted list) rounded to 0.01 ms; null without latencies.</summary>
    public static double? P95(IReadOnlyDictionary<int, (long Count, double Max)> buckets)
    {
        var total = buckets.Values.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max((long)Math.Ceiling(0.95 * total), 1);
        long seen = 0;
        foreach (var bucket in buckets.OrderBy(b => b.Key))
        {
            seen += bucket.Value.Count;
            if (seen >= rank)
            {
                // As the raw computation did: the latency as a float, rounded to two decimals.
                return Math.Round((double)(float)bucket.Value.Max, 2);
            }
        }

        return Math.Round((double)(float)buckets.MaxBy(b => b.Key).Value.Max, 2);
    }

    private static double[] MakeBounds()
    {
        var bounds = new List<double>();
        for (var bound = 0.01; bound < 2e7; bound *= 1.01)
        {
            bounds.Add(bound);
        }

        return [.. bounds];
    }
}
