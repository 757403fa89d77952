using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Bot.Benchmarks.Load;

/// <summary>
/// A load tool, not a test: starts <c>serve</c> with Discord (HTTP interactions) and Slack (Events API) both on, then sends
/// signed <c>/stats</c> interactions and signed <c>app_mention</c> events at the same time for a bounded window, and reports
/// per platform requests/s, latency percentiles and errors, the Slack answers actually posted (and how long the backlog took
/// to drain), and serve's resident memory. See docs/performance.md.
/// <code>
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-serve [--seconds 30] [--discord 4] [--slack 4] [--warm-up 5]
/// </code>
/// </summary>
public static class ServeLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = LoadPhase.Number(args, "--seconds", 30);
        var discordSenders = (int)LoadPhase.Number(args, "--discord", 4);
        var slackSenders = (int)LoadPhase.Number(args, "--slack", 4);
        var warmUp = LoadPhase.Number(args, "--warm-up", 5);

        using var key = SignedRequests.DiscordKey();
        await using var apis = await FakePlatformApis.StartAsync();
        var starting = Stopwatch.StartNew();
        await using var serve = await ServeUnderLoad.StartAsync(SignedRequests.DiscordPublicKeyHex(key), apis, TimeSpan.FromMinutes(3));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-serve: serve ready in {starting.Elapsed.TotalSeconds:0.0} s (empty database: embeddings computed); {discordSenders} Discord + {slackSenders} Slack senders, {warmUp:0} s warm-up, {seconds:0} s measured; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        var idle = serve.MemoryMiB();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = discordSenders + slackSenders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(serve.Url),
            Timeout = TimeSpan.FromSeconds(10),
        };

        var slackAcked = 0L;
        var discordDeferred = 0L;
        bool CountDeferral(HttpResponseMessage response, byte[] body)
        {
            var good = SignedRequests.IsDiscordAnswerOrDeferral(response, body);
            if (good && body.AsSpan().IndexOf("\"type\":5"u8) >= 0)
            {
                Interlocked.Increment(ref discordDeferred);
            }

            return good;
        }

        var sequence = 0L;
        async Task<(LoadResult Discord, LoadResult Slack)> BothAsync(TimeSpan duration)
        {
            // Half /stats (deferred, then the original edited with the chart), half /ask (answered in the response).
            var discord = LoadPhase.RunAsync("discord /stats + /ask", http, discordSenders, duration,
                (sender, n) => n % 2 == 0 ? SignedRequests.DiscordStats(key, sender, n) : SignedRequests.DiscordAsk(key, sender, n), CountDeferral);
            var slack = LoadPhase.RunAsync("slack app_mention ack", http, slackSenders, duration,
                (_, _) => SignedRequests.SlackMention(Interlocked.Increment(ref sequence)), (response, _) => response.StatusCode == HttpStatusCode.OK);
            var results = (await discord, await slack);
            slackAcked += results.Item2.Ok;
            return results;
        }

        await BothAsync(TimeSpan.FromSeconds(warmUp));
        var postsBefore = apis.SlackPosts;
        using var sampling = new CancellationTokenSource();
        var rssDuring = SampleAsync(serve, sampling.Token);
        var window = Stopwatch.StartNew();
        var (discordResult, slackResult) = await BothAsync(TimeSpan.FromSeconds(seconds));
        var elapsed = window.Elapsed.TotalSeconds;
        var postsInWindow = apis.SlackPosts - postsBefore;

        // Every acked mention must end as one posted answer, every deferral as one edit: wait for the queues to drain (bounded).
        var draining = Stopwatch.StartNew();
        while ((apis.SlackPosts < slackAcked || apis.DiscordEdits < Interlocked.Read(ref discordDeferred)) && draining.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        await sampling.CancelAsync();
        var maxRss = await rssDuring;
        var (_, peak) = serve.MemoryMiB();

        Console.WriteLine(discordResult);
        Console.WriteLine(slackResult);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"slack answers posted: {postsInWindow:N0} in the window = {postsInWindow / elapsed:0}/s; {apis.SlackPosts:N0} of {slackAcked:N0} acked mentions answered, {draining.Elapsed.TotalSeconds:0.0} s after the window"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"discord deferrals: {discordDeferred:N0}; {apis.DiscordEdits:N0} completed by editing the original response"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve memory: {idle.Current} MiB resident when ready, {maxRss} MiB max sampled under load, peak (VmHWM) {peak} MiB"));
        await PrintMetricsAsync(http);

        var unanswered = slackAcked - apis.SlackPosts + (discordDeferred - apis.DiscordEdits);
        return discordResult.Errors == 0 && slackResult.Errors == 0 && unanswered <= 0 ? 0 : 1;
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

    /// <summary>What serve itself counted, when it exports metrics: a cross-check of the client's figures.</summary>
    private static async Task PrintMetricsAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("jkbot_questions_total", StringComparison.Ordinal)
                || l.StartsWith("jkbot_platform_api", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            Console.WriteLine($"  /metrics {line}");
        }
    }
}
