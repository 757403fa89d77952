using System.Diagnostics;
using System.Globalization;

namespace Bot.Benchmarks.Load;

/// <summary>What one kind of request did during a measured window: latencies of the good answers and a count of the rest.</summary>
public sealed class LoadResult(string name, IReadOnlyList<double> latenciesMs, long errors, double seconds)
{
    private readonly double[] _sorted = [.. latenciesMs.Order()];

    public string Name { get; } = name;

    public double Seconds { get; } = seconds;

    /// <summary>Several windows run side by side (one per replica) as one: all their latencies over the longest window.</summary>
    public static LoadResult Combine(string name, IReadOnlyList<LoadResult> parts) =>
        new(name, [.. parts.SelectMany(p => p._sorted)], parts.Sum(p => p.Errors), parts.Max(p => p.Seconds));

    public long Ok => _sorted.Length;

    public long Errors { get; } = errors;

    public double PerSecond => _sorted.Length / seconds;

    /// <summary>Nearest-rank percentile, in milliseconds (<paramref name="q"/> = 1 is the maximum).</summary>
    public double Percentile(double q) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(q * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Ok + Errors} requests, ok {Ok}, errors {Errors}, {PerSecond:0} req/s; latency ms p50 {Percentile(0.50):0.00}  p90 {Percentile(0.90):0.00}  p99 {Percentile(0.99):0.00}  max {Percentile(1):0.00}");
}

/// <summary>
/// Closed-loop load: <c>senders</c> tasks each send one request, wait for its answer, and send the next (at once, or at
/// the next slot of a target rate), until the time is up. Latency is measured from send to the last byte of the response.
/// </summary>
public static class LoadPhase
{
    public delegate HttpRequestMessage RequestFactory(int sender, long sequence);

    public delegate bool AnswerCheck(HttpResponseMessage response, byte[] body);

    /// <param name="ratePerSecond">0: each sender sends as fast as it gets answers. Otherwise the senders together aim at this
    /// many requests per second (each waits for its next slot; a slow server still lowers the rate).</param>
    public static async Task<LoadResult> RunAsync(
        string name, HttpClient http, int senders, TimeSpan duration, RequestFactory next, AnswerCheck isGood, double ratePerSecond = 0)
    {
        var interval = ratePerSecond > 0 ? (long)(senders / ratePerSecond * Stopwatch.Frequency) : 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var sequence = 0L;
        var errors = 0L;
        var perSender = await Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            var latencies = new List<double>(50_000);
            // Paced senders start spread over one interval, so the requests do not arrive in bursts of `senders`.
            var slot = Stopwatch.GetTimestamp() + (interval * sender / Math.Max(1, senders));
            while (Stopwatch.GetTimestamp() < until)
            {
                if (interval > 0)
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    slot += interval;
                }

                using var request = next(sender, Interlocked.Increment(ref sequence));
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var ms = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    if (isGood(response, body))
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            return latencies;
        })));
        return new LoadResult(name, [.. perSender.SelectMany(l => l)], errors, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    public static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public static double Number(string[] args, string name, double fallback) =>
        Arg(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
