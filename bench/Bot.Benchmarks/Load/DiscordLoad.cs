using System.Globalization;

namespace Bot.Benchmarks.Load;

/// <summary>
/// A load tool, not a test: sends signed <c>/ask</c> interactions (timeline and FAQ questions, answered in the initial
/// response) to a running <c>serve</c> on loopback for a bounded time and prints requests/s, latency percentiles and errors. See docs/performance.md.
/// <code>
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord --public-key      # the key to give serve
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord --url http://127.0.0.1:5080 --seconds 20 --concurrency 8
/// </code>
/// </summary>
public static class DiscordLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var key = SignedRequests.DiscordKey();
        if (args.Contains("--public-key"))
        {
            Console.WriteLine(SignedRequests.DiscordPublicKeyHex(key));
            return 0;
        }

        var url = LoadPhase.Arg(args, "--url") ?? "http://127.0.0.1:5080";
        var seconds = LoadPhase.Number(args, "--seconds", 20);
        var concurrency = (int)LoadPhase.Number(args, "--concurrency", 8);
        var warmUp = LoadPhase.Number(args, "--warm-up", 3);
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

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-discord: {url}/discord/interactions, {concurrency} concurrent, {warmUp:0} s warm-up, then {seconds:0} s measured"));
        await RunAsync(http, key, concurrency, TimeSpan.FromSeconds(warmUp));
        var result = await RunAsync(http, key, concurrency, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(result);
        return result.Errors == 0 ? 0 : 1;
    }

    private static Task<LoadResult> RunAsync(HttpClient http, NSec.Cryptography.Key key, int concurrency, TimeSpan duration) =>
        LoadPhase.RunAsync("discord /ask", http, concurrency, duration, (sender, n) => SignedRequests.DiscordAsk(key, sender, n), SignedRequests.IsDiscordAnswerOrDeferral);
}
