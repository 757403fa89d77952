using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bot.Adapters.Slack.Inbound;
using Bot.SlackLoad;

// Signed app_mention events against POST /slack/events on loopback, from N concurrent senders for a bounded time;
// reports acks per second and ack latency percentiles. Not a test: run it by hand (docs/performance.md).
//   dotnet run -c Release --project bench/Bot.SlackLoad -- [--seconds 20] [--concurrency 8] [--warmup 3] [--knowledge knowledge] [--stores litedb|memory]
var seconds = Arg("--seconds", 20);
var concurrency = Arg("--concurrency", 8);
var warmup = Arg("--warmup", 3);
var knowledge = ArgText("--knowledge", "knowledge");
var memoryStores = ArgText("--stores", "litedb") == "memory";

await using var slack = await FakeSlackApi.StartAsync();
await using var bot = await BotUnderLoad.StartAsync(knowledge, slack.BaseUrl, memoryStores);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(bot.Url) };

string[] questions =
[
    "<@UBOT> korea imports from japan 2011",
    "<@UBOT> When was the 1965 treaty signed?",
    "<@UBOT> what is GSOMIA?",
    "<@UBOT> why do they argue about dokdo",
    "<@UBOT> what happened in 2019",
    "<@UBOT> visitors 2019-2024",
];
long sequence = 0;
var failures = 0L;

Console.WriteLine($"Slack events load: {concurrency} senders, {warmup} s warm-up, {seconds} s measured, stores: {(memoryStores ? "memory" : "LiteDB")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
await RunAsync(TimeSpan.FromSeconds(warmup), record: null);
var postsBefore = slack.Posts;
var latencies = new List<double>[concurrency];
failures = 0;
var clock = Stopwatch.StartNew();
await RunAsync(TimeSpan.FromSeconds(seconds), latencies);
var elapsed = clock.Elapsed.TotalSeconds;
var postsInWindow = slack.Posts - postsBefore;

var all = latencies.SelectMany(l => l).Order().ToArray();
Console.WriteLine($"acks: {all.Length:N0} in {elapsed:F1} s = {all.Length / elapsed:N0} acks/s; non-200: {failures}");
Console.WriteLine($"ack latency ms: p50 {Pct(0.50):F2}  p90 {Pct(0.90):F2}  p99 {Pct(0.99):F2}  p99.9 {Pct(0.999):F2}  max {all[^1]:F2}");
Console.WriteLine($"answers posted (chat.postMessage) during the window: {postsInWindow:N0} = {postsInWindow / elapsed:N0}/s");
Console.WriteLine($"GC: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; working set {Environment.WorkingSet / 1024 / 1024} MB");
return 0;

double Pct(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];

async Task RunAsync(TimeSpan duration, List<double>[]? record)
{
    using var stop = new CancellationTokenSource(duration);
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async sender =>
    {
        var mine = new List<double>(100_000);
        if (record is not null)
        {
            record[sender] = mine;
        }

        while (!stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref sequence);
            using var request = SignedMention(n);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
            else
            {
                mine.Add(ms);
            }
        }
    }));
}

HttpRequestMessage SignedMention(long n)
{
    // A new channel per event: the ack path is what is measured, not Slack's one-message-per-second-per-channel pacing.
    var body = JsonSerializer.Serialize(new
    {
        type = "event_callback",
        team_id = "T1",
        api_app_id = "A1",
        @event = new { type = "app_mention", user = "U123", text = questions[n % questions.Length], ts = $"1764235800.{n:D6}", channel = $"C{n}", event_ts = $"1764235800.{n:D6}" },
        event_id = $"Ev{n:D10}",
        event_time = 1764235800,
    });
    var bytes = Encoding.UTF8.GetBytes(body);
    var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(bytes) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add("X-Slack-Request-Timestamp", ts);
    request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Compute(BotUnderLoad.SigningSecret, ts, bytes));
    return request;
}

int Arg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;

string ArgText(string name, string fallback) => Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
