using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;

namespace Bot.Benchmarks;

/// <summary>
/// A load tool, not a test: sends signed <c>/stats</c> interactions (fixed intent, answered in the initial response) to a running
/// <c>serve</c> on loopback for a bounded time and prints requests/s, latency percentiles and errors. See docs/performance.md.
/// <code>
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord --public-key      # the key to give serve
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord --url http://127.0.0.1:5080 --seconds 20 --concurrency 8
/// </code>
/// </summary>
public static class DiscordLoad
{
    // A fixed, public seed: the key pair only ever signs requests to a local test server.
    private static readonly byte[] Seed = SHA256("jk-relations-bot load-discord benchmark key");

    private static readonly (string Metric, int Year)[] Questions =
    [
        ("kr-imports-from-japan", 2011), ("kr-exports-to-japan", 2019), ("korean-visitors-to-japan", 2024),
        ("japanese-visitors-to-korea", 2019), ("kr-trade-balance-with-japan", 2015), ("jp-fdi-into-korea", 2020),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Seed, KeyBlobFormat.RawPrivateKey);
        if (args.Contains("--public-key"))
        {
            Console.WriteLine(Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
            return 0;
        }

        var url = Arg(args, "--url") ?? "http://127.0.0.1:5080";
        var seconds = int.Parse(Arg(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency") ?? "8", CultureInfo.InvariantCulture);
        var warmUp = TimeSpan.FromSeconds(double.Parse(Arg(args, "--warm-up") ?? "3", CultureInfo.InvariantCulture));
        if (!new Uri(url).IsLoopback)
        {
            Console.Error.WriteLine("load-discord only targets a server on this machine (127.0.0.1, localhost, [::1]).");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(10),
        };

        Console.WriteLine($"load-discord: {url}/discord/interactions, {concurrency} concurrent, {warmUp.TotalSeconds:0} s warm-up, then {seconds} s measured");
        await RunPhaseAsync(http, key, concurrency, warmUp);
        var started = Stopwatch.GetTimestamp();
        var results = await RunPhaseAsync(http, key, concurrency, TimeSpan.FromSeconds(seconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var errors = results.Sum(r => r.Errors);
        double P(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests {latencies.Length + errors}, ok {latencies.Length}, errors {errors}, {latencies.Length / elapsed:0} req/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {P(0.50):0.00}  p90 {P(0.90):0.00}  p99 {P(0.99):0.00}  max {P(1):0.00}  mean {(latencies.Length == 0 ? 0 : latencies.Average()):0.00}"));
        return errors == 0 ? 0 : 1;
    }

    private static async Task<Worker[]> RunPhaseAsync(HttpClient http, Key key, int concurrency, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(i => new Worker(i)).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(http, key, until))));
        return workers;
    }

    private sealed class Worker(int index)
    {
        public List<double> Latencies { get; } = new(50_000);

        public int Errors { get; private set; }

        public async Task RunAsync(HttpClient http, Key key, long until)
        {
            var n = 0L;
            while (Stopwatch.GetTimestamp() < until)
            {
                var (metric, year) = Questions[n % Questions.Length];
                var id = string.Create(CultureInfo.InvariantCulture, $"{index + 1}{n++:D12}");
                var body = Encoding.UTF8.GetBytes(
                    $$$"""{"type":2,"id":"{{{id}}}","application_id":"bench","token":"tok-{{{id}}}","version":1,"channel_id":"c{{{index}}}","locale":"en-US","member":{"user":{"id":"u{{{index}}}"}},"data":{"id":"1","name":"stats","type":1,"options":[{"name":"metric","type":3,"value":"{{{metric}}}"},{"name":"year","type":4,"value":{{{year}}}}]}}""");
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var signature = SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);

                using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add("X-Signature-Timestamp", timestamp);
                request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    var json = await response.Content.ReadAsByteArrayAsync();
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    // A real answer: type 4 with an embed (an error notice is type 4 too, but plain content).
                    using var reply = JsonDocument.Parse(json);
                    if (response.IsSuccessStatusCode && reply.RootElement.GetProperty("type").GetInt32() == 4
                        && reply.RootElement.GetProperty("data").TryGetProperty("embeds", out _))
                    {
                        Latencies.Add(elapsed);
                    }
                    else
                    {
                        Errors++;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
                {
                    Errors++;
                }
            }
        }
    }

    private static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static byte[] SHA256(string text) => System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
