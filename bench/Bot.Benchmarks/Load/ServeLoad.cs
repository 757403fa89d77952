using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Bot.Benchmarks.Load;

/// <summary>
/// A load tool, not a test: starts <c>serve</c> with Discord (HTTP interactions) and Slack (Events API) both on, then sends
/// signed <c>/stats</c> + <c>/ask</c> interactions and signed <c>app_mention</c> events at the same time for a bounded window.
/// Reports per platform requests/s, response latency and errors; end to end, how long deferred Discord answers and Slack
/// answers took to reach the (fake) platform API and whether every one arrived; and serve's resident memory. See
/// docs/performance.md.
/// <code>
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-serve [--seconds 30] [--discord 4] [--slack 4] [--warm-up 5]
///     [--discord-rate N] [--slack-rate N]      (requests/s per platform; 0 or absent = as fast as answers come back)
/// </code>
/// </summary>
public static class ServeLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = LoadPhase.Number(args, "--seconds", 30);
        var discordSenders = (int)LoadPhase.Number(args, "--discord", 4);
        var slackSenders = (int)LoadPhase.Number(args, "--slack", 4);
        var discordRate = LoadPhase.Number(args, "--discord-rate", 0);
        var slackRate = LoadPhase.Number(args, "--slack-rate", 0);
        var warmUp = LoadPhase.Number(args, "--warm-up", 5);

        using var key = SignedRequests.DiscordKey();
        await using var apis = await FakePlatformApis.StartAsync();
        var starting = Stopwatch.StartNew();
        await using var serve = await ServeUnderLoad.StartAsync(SignedRequests.DiscordPublicKeyHex(key), apis, TimeSpan.FromMinutes(3));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-serve: serve ready in {starting.Elapsed.TotalSeconds:0.0} s (empty database: embeddings computed); {discordSenders} Discord senders ({Rate(discordRate)}), {slackSenders} Slack senders ({Rate(slackRate)}); {warmUp:0} s warm-up, {seconds:0} s measured; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        var idle = serve.MemoryMiB();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = discordSenders + slackSenders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(serve.Url),
            Timeout = TimeSpan.FromSeconds(10),
        };

        // Send times by the key the answer comes back with, for the measured window only.
        var sent = new ConcurrentDictionary<string, (long At, bool Slack)>(StringComparer.Ordinal);
        var measuring = false;
        var slackAcked = 0L;
        var discordDeferred = 0L;
        var sequence = 0L;

        HttpRequestMessage Discord(int sender, long n)
        {
            if (measuring)
            {
                sent[SignedRequests.DiscordToken(sender, n)] = (Stopwatch.GetTimestamp(), false);
            }

            // Half /stats (deferred, then the original edited with the chart), half /ask (answered in the response).
            return n % 2 == 0 ? SignedRequests.DiscordStats(key, sender, n) : SignedRequests.DiscordAsk(key, sender, n);
        }

        HttpRequestMessage Slack(int sender, long _)
        {
            var n = Interlocked.Increment(ref sequence);
            if (measuring)
            {
                sent[SignedRequests.SlackTs(n)] = (Stopwatch.GetTimestamp(), true);
            }

            return SignedRequests.SlackMention(n);
        }

        bool DiscordGood(HttpResponseMessage response, byte[] body)
        {
            var good = SignedRequests.IsDiscordAnswerOrDeferral(response, body);
            if (good && measuring && body.AsSpan().IndexOf("\"type\":5"u8) >= 0)
            {
                Interlocked.Increment(ref discordDeferred);
            }

            return good;
        }

        bool SlackGood(HttpResponseMessage response, byte[] body)
        {
            var good = response.StatusCode == HttpStatusCode.OK;
            if (good && measuring)
            {
                Interlocked.Increment(ref slackAcked);
            }

            return good;
        }

        async Task<(LoadResult Discord, LoadResult Slack)> BothAsync(TimeSpan duration)
        {
            var discord = LoadPhase.RunAsync("discord /stats + /ask response", http, discordSenders, duration, Discord, DiscordGood, discordRate);
            var slack = LoadPhase.RunAsync("slack app_mention ack", http, slackSenders, duration, Slack, SlackGood, slackRate);
            return (await discord, await slack);
        }

        await BothAsync(TimeSpan.FromSeconds(warmUp));
        using var sampling = new CancellationTokenSource();
        var rssDuring = SampleAsync(serve, sampling.Token);
        measuring = true;
        var (discordResult, slackResult) = await BothAsync(TimeSpan.FromSeconds(seconds));
        measuring = false;

        // Every acked mention must end as one posted answer, every deferral as one edit: wait for them (bounded).
        var draining = Stopwatch.StartNew();
        while (Answered(apis, sent, slack: true).Count < Interlocked.Read(ref slackAcked)
            || Answered(apis, sent, slack: false).Count < Interlocked.Read(ref discordDeferred))
        {
            if (draining.Elapsed > TimeSpan.FromMinutes(2))
            {
                break;
            }

            await Task.Delay(200);
        }

        await sampling.CancelAsync();
        var maxRss = await rssDuring;
        var (_, peak) = serve.MemoryMiB();
        var slackAnswers = Answered(apis, sent, slack: true);
        var discordEdits = Answered(apis, sent, slack: false);

        Console.WriteLine(discordResult);
        Console.WriteLine(slackResult);
        Console.WriteLine(EndToEnd("discord deferred → original edited", discordEdits, Interlocked.Read(ref discordDeferred)));
        Console.WriteLine(EndToEnd("slack mention → answer posted", slackAnswers, Interlocked.Read(ref slackAcked)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drain after the window: {draining.Elapsed.TotalSeconds:0.0} s; slack charts uploaded (whole run): {apis.SlackUploads:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve memory: {idle.Current} MiB resident when ready, {maxRss} MiB max sampled under load, peak (VmHWM) {peak} MiB"));
        await PrintMetricsAsync(http);

        var missing = Interlocked.Read(ref slackAcked) - slackAnswers.Count + Interlocked.Read(ref discordDeferred) - discordEdits.Count;
        return discordResult.Errors == 0 && slackResult.Errors == 0 && missing <= 0 ? 0 : 1;
    }

    private static string Rate(double rate) => rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"{rate:0}/s") : "as fast as answered";

    /// <summary>Milliseconds from send to the answer's arrival, for the measured requests that have arrived.</summary>
    private static List<double> Answered(FakePlatformApis apis, ConcurrentDictionary<string, (long At, bool Slack)> sent, bool slack) =>
        [.. sent.Where(s => s.Value.Slack == slack && apis.TryGetAnsweredAt(s.Key, out _))
            .Select(s => { apis.TryGetAnsweredAt(s.Key, out var at); return Stopwatch.GetElapsedTime(s.Value.At, at).TotalMilliseconds; })];

    private static string EndToEnd(string name, List<double> latencies, long expected)
    {
        var result = new LoadResult(name, latencies, Math.Max(0, expected - latencies.Count), 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {latencies.Count:N0} of {expected:N0} arrived; ms p50 {result.Percentile(0.50):0}  p90 {result.Percentile(0.90):0}  p99 {result.Percentile(0.99):0}  max {result.Percentile(1):0}");
    }

    private static async Task<long> SampleAsync(ServeUnderLoad serve, CancellationToken stop)
    {
        var max = 0L;
        while (!stop.IsCancellationRequested)
        {
            max = Math.Max(max, serve.MemoryMiB().Current);
            await Task.Delay(250, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return max;
    }

    /// <summary>What serve itself counted: a cross-check of the client's figures.</summary>
    private static async Task PrintMetricsAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("jkbot_questions_total", StringComparison.Ordinal) || l.StartsWith("jkbot_platform_api_errors", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            Console.WriteLine($"  /metrics {line}");
        }
    }
}
