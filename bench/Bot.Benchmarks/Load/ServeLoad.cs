using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;

namespace Bot.Benchmarks.Load;

/// <summary>
/// A load tool, not a test: starts <c>serve</c> with Discord (HTTP interactions) and Slack (Events API) both on, then sends
/// signed <c>/stats</c> + <c>/ask</c> interactions and signed <c>app_mention</c> events at the same time for a bounded window.
/// Reports per platform requests/s, response latency and errors; end to end, how long deferred Discord answers and Slack
/// answers took to reach the (fake) platform API and whether every one arrived; serve's resident memory; and where the CPU
/// went. With several providers or replica counts it runs each setup in turn on a fresh database and ends with one table.
/// See docs/performance.md.
/// <code>
/// dotnet run -c Release --project bench/Bot.Benchmarks -- load-serve [--seconds 30] [--discord 4] [--slack 4] [--warm-up 5]
///     [--discord-rate N[,N…]] [--slack-rate N[,N…]]   (requests/s per platform, all replicas together; 0 or absent = as fast
///                                              as answered; a list measures one window per pair on the same replicas)
///     [--drain 120]                            (seconds to wait after a window for the answers still on their way)
///     [--providers litedb,postgres]            (default litedb)
///     [--replicas 1,2]                         (default 1; with several, every setup runs with each count)
///     [--pg "Host=…;Username=…;Database=…"]    (or JKBOT_BENCH_PG: a server where the tool may create and drop databases)
/// </code>
/// Several replicas share one database (a fresh PostgreSQL database per setup, or one LiteDB file in shared mode) and the
/// senders are split round-robin over them, as a load balancer would.
/// </summary>
public static class ServeLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new LoadOptions(
            Seconds: LoadPhase.Number(args, "--seconds", 30),
            WarmUp: LoadPhase.Number(args, "--warm-up", 5),
            DiscordSenders: (int)LoadPhase.Number(args, "--discord", 4),
            SlackSenders: (int)LoadPhase.Number(args, "--slack", 4),
            Rates: Rates(LoadPhase.Arg(args, "--discord-rate"), LoadPhase.Arg(args, "--slack-rate")),
            DrainSeconds: LoadPhase.Number(args, "--drain", 120));
        var providers = (LoadPhase.Arg(args, "--providers") ?? "litedb").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var replicaCounts = (LoadPhase.Arg(args, "--replicas") ?? "1").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var pg = LoadPhase.Arg(args, "--pg") ?? Environment.GetEnvironmentVariable("JKBOT_BENCH_PG");
        if (providers.Any(p => !p.Equals("litedb", StringComparison.OrdinalIgnoreCase) && !p.Equals("postgres", StringComparison.OrdinalIgnoreCase))
            || replicaCounts.Any(r => r < 1 || r > Math.Min(options.DiscordSenders, options.SlackSenders)))
        {
            Console.Error.WriteLine("load-serve: --providers takes litedb and/or postgres; --replicas counts from 1 to the number of senders per platform");
            return 2;
        }

        if (providers.Any(p => p.Equals("postgres", StringComparison.OrdinalIgnoreCase)) && string.IsNullOrWhiteSpace(pg))
        {
            Console.Error.WriteLine("load-serve: postgres needs --pg \"<connection string>\" or JKBOT_BENCH_PG (a server where the tool may create databases)");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-serve: {options.DiscordSenders} Discord senders, {options.SlackSenders} Slack senders; offered per window: {string.Join(", then ", options.Rates.Select(Offered))}; {options.WarmUp:0} s warm-up, {options.Seconds:0} s measured per window; {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}"));
        var rows = new List<RunSummary>();
        var failed = false;
        foreach (var provider in providers)
        {
            foreach (var replicas in replicaCounts)
            {
                var setup = new Setup(provider.ToLowerInvariant(), replicas);
                Console.WriteLine();
                Console.WriteLine($"== {setup.Name}");
                foreach (var summary in await RunSetupAsync(setup, options, pg))
                {
                    rows.Add(summary);
                    failed |= !summary.Clean;
                }
            }
        }

        Console.WriteLine();
        PrintTable(rows, options);
        return failed ? 1 : 0;
    }

    /// <param name="Rates">The windows measured one after the other on the same replicas: requests/s offered per platform (0 = as
    /// fast as answered). Put paced windows first: a full-speed window leaves a Slack answer backlog behind it.</param>
    private sealed record LoadOptions(double Seconds, double WarmUp, int DiscordSenders, int SlackSenders, IReadOnlyList<(double Discord, double Slack)> Rates, double DrainSeconds);

    /// <summary><c>--discord-rate 200,0 --slack-rate 50,0</c>: one window per pair (a single value pairs with every value of the other).</summary>
    private static List<(double Discord, double Slack)> Rates(string? discord, string? slack)
    {
        static double[] Parse(string? text) => text is null ? [0] : [.. text.Split(',', StringSplitOptions.TrimEntries).Select(t => double.Parse(t, CultureInfo.InvariantCulture))];
        var (d, sl) = (Parse(discord), Parse(slack));
        var count = Math.Max(d.Length, sl.Length);
        return [.. Enumerable.Range(0, count).Select(i => (d[Math.Min(i, d.Length - 1)], sl[Math.Min(i, sl.Length - 1)]))];
    }

    private static string Offered((double Discord, double Slack) rate) =>
        rate is (0, 0) ? "as fast as answered" : $"{Rate(rate.Discord)} Discord + {Rate(rate.Slack)} Slack";

    private sealed record Setup(string Provider, int Replicas)
    {
        public string Name => string.Create(CultureInfo.InvariantCulture, $"{(Provider == "postgres" ? "PostgreSQL" : "LiteDB")}, {Replicas} replica{(Replicas == 1 ? "" : "s")}");
    }

    private sealed record RunSummary(
        Setup Setup, (double Discord, double Slack) Offered, LoadResult Discord, LoadResult Slack, IReadOnlyList<double> DiscordPerReplica, IReadOnlyList<double> SlackPerReplica,
        string DiscordEdits, string SlackAnswers, CpuShare Cpu, long PeakRssMiB, bool Clean);

    /// <summary>Cores used during the measured window: the whole machine, the serve processes, this tool (with the fake APIs), the rest.</summary>
    /// <param name="Database">The PostgreSQL server's processes (its backends and background workers), when it runs on this machine; 0 for LiteDB (inside serve).</param>
    private sealed record CpuShare(double Machine, double Serve, double Tool, double Database, double Other, IReadOnlyList<double> PerServe)
    {
        /// <summary>Requests answered (both platforms) per CPU-second of the bot and its database: comparable on a busy machine.</summary>
        public double PerCpuSecond(double requestsPerSecond) => Serve + Database > 0 ? requestsPerSecond / (Serve + Database) : double.NaN;
    }

    private static async Task<List<RunSummary>> RunSetupAsync(Setup setup, LoadOptions options, string? pg)
    {
        using var key = SignedRequests.DiscordKey();
        await using var apis = await FakePlatformApis.StartAsync();
        await using var storage = await SharedStorage.CreateAsync(setup.Provider, pg);
        var serves = new List<ServeUnderLoad>();
        try
        {
            // One after the other: the first fills the empty database (schema, embeddings), the next find it ready.
            for (var r = 0; r < setup.Replicas; r++)
            {
                var starting = Stopwatch.StartNew();
                var settings = new Dictionary<string, string>(storage.Settings) { ["Cluster__Instance"] = $"bench-{r + 1}" };
                serves.Add(await ServeUnderLoad.StartAsync(SignedRequests.DiscordPublicKeyHex(key), apis, TimeSpan.FromMinutes(6), settings));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replica {r + 1} ready in {starting.Elapsed.TotalSeconds:0.0} s"));
            }

            var summaries = new List<RunSummary>();
            for (var window = 0; window < options.Rates.Count; window++)
            {
                Console.WriteLine($"-- {setup.Name}, offered {Offered(options.Rates[window])}");
                // Request numbers of each window start a billion further on: the answers of one window never match another's.
                summaries.Add(await MeasureAsync(setup, options, options.Rates[window], window * 1_000_000_000L, key, apis, serves, storage.AdminConnection));
            }

            return summaries;
        }
        finally
        {
            foreach (var serve in serves)
            {
                await serve.DisposeAsync();
            }
        }
    }

    private static async Task<RunSummary> MeasureAsync(
        Setup setup, LoadOptions options, (double Discord, double Slack) rate, long firstRequest, NSec.Cryptography.Key key, FakePlatformApis apis,
        List<ServeUnderLoad> serves, string? databaseConnection)
    {
        var replicas = serves.Count;
        var idle = serves.Select(s => s.MemoryMiB().Current).ToArray();
        // One client per replica: sender i talks to replica i % replicas, the round-robin a load balancer would do.
        var clients = serves.Select(s => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.DiscordSenders + options.SlackSenders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(s.Url),
            Timeout = TimeSpan.FromSeconds(10),
        }).ToArray();
        try
        {
            // Send times by the key the answer comes back with, for the measured window only.
            var sent = new ConcurrentDictionary<string, (long At, bool Slack)>(StringComparer.Ordinal);
            var measuring = false;
            var slackAcked = 0L;
            var discordDeferred = 0L;
            var sequence = firstRequest;

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

            // Senders of one platform split over the replicas: replica r gets senders r, r + replicas, …; their global numbers
            // keep the Discord interaction ids (and so the tokens the answers come back with) distinct across replicas.
            Task<LoadResult[]> PlatformAsync(string name, int senders, double rate, LoadPhase.RequestFactory next, LoadPhase.AnswerCheck good, TimeSpan duration) =>
                Task.WhenAll(Enumerable.Range(0, replicas).Select(r =>
                {
                    var mine = Enumerable.Range(0, senders).Where(i => i % replicas == r).ToArray();
                    return LoadPhase.RunAsync(name, clients[r], mine.Length, duration, (s, n) => next(mine[s], firstRequest + n), good, rate * mine.Length / senders);
                }));

            async Task<(LoadResult[] Discord, LoadResult[] Slack)> BothAsync(TimeSpan duration)
            {
                var discord = PlatformAsync("discord /stats + /ask response", options.DiscordSenders, rate.Discord, Discord, DiscordGood, duration);
                var slack = PlatformAsync("slack app_mention ack", options.SlackSenders, rate.Slack, Slack, SlackGood, duration);
                return (await discord, await slack);
            }

            await BothAsync(TimeSpan.FromSeconds(options.WarmUp));
            using var sampling = new CancellationTokenSource();
            var rssDuring = SampleAsync(serves, sampling.Token);
            var cpu = await CpuMeter.StartAsync(serves, databaseConnection);
            measuring = true;
            var (discordParts, slackParts) = await BothAsync(TimeSpan.FromSeconds(options.Seconds));
            measuring = false;
            var cpuShare = await cpu.StopAsync();

            // Every acked mention must end as one posted answer, every deferral as one edit: wait for them (bounded).
            var draining = Stopwatch.StartNew();
            while (Answered(apis, sent, slack: true).Count < Interlocked.Read(ref slackAcked)
                || Answered(apis, sent, slack: false).Count < Interlocked.Read(ref discordDeferred))
            {
                if (draining.Elapsed > TimeSpan.FromSeconds(options.DrainSeconds))
                {
                    break;
                }

                await Task.Delay(200);
            }

            await sampling.CancelAsync();
            var maxRss = await rssDuring;
            var peak = serves.Max(s => s.MemoryMiB().Peak);
            var slackAnswers = Answered(apis, sent, slack: true);
            var discordEdits = Answered(apis, sent, slack: false);
            var discordResult = LoadResult.Combine(discordParts[0].Name, discordParts);
            var slackResult = LoadResult.Combine(slackParts[0].Name, slackParts);

            Console.WriteLine(discordResult);
            Console.WriteLine(slackResult);
            if (replicas > 1)
            {
                for (var r = 0; r < replicas; r++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  replica {r + 1}: discord {discordParts[r].PerSecond:0}/s (p99 {discordParts[r].Percentile(0.99):0.0} ms), slack {slackParts[r].PerSecond:0}/s (p99 {slackParts[r].Percentile(0.99):0.0} ms), serve CPU {cpuShare.PerServe[r]:0.00} cores"));
                }
            }

            var discordEnd = EndToEnd("discord deferred → original edited", discordEdits, Interlocked.Read(ref discordDeferred));
            var slackEnd = EndToEnd("slack mention → answer posted", slackAnswers, Interlocked.Read(ref slackAcked));
            Console.WriteLine(discordEnd.Line);
            Console.WriteLine(slackEnd.Line);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"drain after the window: {draining.Elapsed.TotalSeconds:0.0} s; slack charts uploaded (whole run): {apis.SlackUploads:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serve memory: {string.Join(" + ", idle)} MiB resident when ready, {maxRss} MiB max sampled under load (one replica), peak (VmHWM) {peak} MiB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU over the window (cores of {Environment.ProcessorCount}): machine {cpuShare.Machine:0.00}, serve {cpuShare.Serve:0.00}, PostgreSQL {cpuShare.Database:0.00}, load tool + fake APIs {cpuShare.Tool:0.00}, other (anything else running) {cpuShare.Other:0.00}; {cpuShare.PerCpuSecond(discordResult.PerSecond + slackResult.PerSecond):0} requests per CPU-second of serve + database; load average {LoadAverage()}"));
            await PrintMetricsAsync(clients[0]);

            var missing = Interlocked.Read(ref slackAcked) - slackAnswers.Count + Interlocked.Read(ref discordDeferred) - discordEdits.Count;
            return new RunSummary(
                setup, rate, discordResult, slackResult, [.. discordParts.Select(p => p.PerSecond)], [.. slackParts.Select(p => p.PerSecond)],
                discordEnd.Cell, slackEnd.Cell, cpuShare, peak,
                discordResult.Errors == 0 && slackResult.Errors == 0 && missing <= 0);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static void PrintTable(List<RunSummary> rows, LoadOptions options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Setup ({options.Seconds:0} s measured) | Offered | Discord interactions/s (per replica) | p50 / p99 | Slack events/s (per replica) | p50 / p99 | errors | Deferred edits arrived (p50 / p99) | Slack answers arrived (p50 / p99) | CPU cores: machine / serve / PostgreSQL / tool / other | Requests per CPU-s (serve + database) | Peak RSS |"));
        Console.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var row in rows)
        {
            string PerReplica(LoadResult total, IReadOnlyList<double> parts) => parts.Count > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{total.PerSecond:N0} ({string.Join(" + ", parts.Select(p => p.ToString("N0", CultureInfo.InvariantCulture)))})")
                : total.PerSecond.ToString("N0", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Setup.Name} | {Offered(row.Offered)} | {PerReplica(row.Discord, row.DiscordPerReplica)} | {row.Discord.Percentile(0.5):0.0} / {row.Discord.Percentile(0.99):0.0} ms | {PerReplica(row.Slack, row.SlackPerReplica)} | {row.Slack.Percentile(0.5):0.0} / {row.Slack.Percentile(0.99):0.0} ms | {row.Discord.Errors + row.Slack.Errors} | {row.DiscordEdits} | {row.SlackAnswers} | {row.Cpu.Machine:0.00} / {row.Cpu.Serve:0.00} / {row.Cpu.Database:0.00} / {row.Cpu.Tool:0.00} / {row.Cpu.Other:0.00} | {row.Cpu.PerCpuSecond(row.Discord.PerSecond + row.Slack.PerSecond):N0} | {row.PeakRssMiB} MiB |"));
        }

        // The issue's targets, window by window, where the run has the rows to compare.
        foreach (var rate in options.Rates)
        {
            var liteDb = rows.FirstOrDefault(r => r.Offered == rate && r.Setup is { Provider: "litedb", Replicas: 1 });
            var pgOne = rows.FirstOrDefault(r => r.Offered == rate && r.Setup is { Provider: "postgres", Replicas: 1 });
            var pgTwo = rows.FirstOrDefault(r => r.Offered == rate && r.Setup is { Provider: "postgres", Replicas: 2 });
            if (liteDb is not null && pgOne is not null)
            {
                var ratio = pgOne.Discord.PerSecond / liteDb.Discord.PerSecond;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Offered(rate)}: PostgreSQL ÷ LiteDB, one replica: {ratio:0.00}× the interactions/s (target ≥ 0.8×: {(ratio >= 0.8 ? "met" : "NOT met")}), Discord p99 {pgOne.Discord.Percentile(0.99):0.0} ms (target < 50 ms: {(pgOne.Discord.Percentile(0.99) < 50 ? "met" : "NOT met")})"));
            }

            if (pgOne is not null && pgTwo is not null)
            {
                var ratio = pgTwo.Discord.PerSecond / pgOne.Discord.PerSecond;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Offered(rate)}: PostgreSQL, two replicas ÷ one: {ratio:0.00}× the interactions/s (target ≥ 1.6×: {(ratio >= 1.6 ? "met" : "NOT met")}); machine CPU {pgOne.Cpu.Machine:0.00} → {pgTwo.Cpu.Machine:0.00} of {Environment.ProcessorCount} cores"));
            }
        }
    }

    private static string Rate(double rate) => rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"{rate:0}/s") : "as fast as answered";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Milliseconds from send to the answer's arrival, for the measured requests that have arrived.</summary>
    private static List<double> Answered(FakePlatformApis apis, ConcurrentDictionary<string, (long At, bool Slack)> sent, bool slack) =>
        [.. sent.Where(s => s.Value.Slack == slack && apis.TryGetAnsweredAt(s.Key, out _))
            .Select(s => { apis.TryGetAnsweredAt(s.Key, out var at); return Stopwatch.GetElapsedTime(s.Value.At, at).TotalMilliseconds; })];

    private static (string Line, string Cell) EndToEnd(string name, List<double> latencies, long expected)
    {
        var result = new LoadResult(name, latencies, Math.Max(0, expected - latencies.Count), 1);
        return (string.Create(CultureInfo.InvariantCulture,
                $"{name}: {latencies.Count:N0} of {expected:N0} arrived; ms p50 {result.Percentile(0.50):0}  p90 {result.Percentile(0.90):0}  p99 {result.Percentile(0.99):0}  max {result.Percentile(1):0}"),
            string.Create(CultureInfo.InvariantCulture,
                $"{latencies.Count:N0} of {expected:N0} ({FormatMs(result.Percentile(0.50))} / {FormatMs(result.Percentile(0.99))})"));
    }

    private static string FormatMs(double ms) => double.IsNaN(ms) ? "–"
        : ms >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");

    private static async Task<long> SampleAsync(List<ServeUnderLoad> serves, CancellationToken stop)
    {
        var max = 0L;
        while (!stop.IsCancellationRequested)
        {
            max = Math.Max(max, serves.Max(s => s.MemoryMiB().Current));
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

    /// <summary>
    /// Where the CPU went during the window: the machine's busy time (<c>/proc/stat</c>), each serve's and this process's
    /// own; "other" is the rest (the PostgreSQL server, and whatever else the machine was running).
    /// </summary>
    private sealed class CpuMeter
    {
        private readonly List<ServeUnderLoad> _serves;
        private readonly string? _database;
        private readonly (long Busy, long Total) _machine;
        private readonly TimeSpan[] _serve;
        private readonly TimeSpan _tool;
        private readonly Dictionary<int, long> _databaseTicks;
        private readonly long _started;

        private CpuMeter(List<ServeUnderLoad> serves, string? database, Dictionary<int, long> databaseTicks)
        {
            _serves = serves;
            _database = database;
            _databaseTicks = databaseTicks;
            _machine = Machine();
            _serve = [.. serves.Select(s => s.CpuTime())];
            _tool = Process.GetCurrentProcess().TotalProcessorTime;
            _started = Stopwatch.GetTimestamp();
        }

        public static async Task<CpuMeter> StartAsync(List<ServeUnderLoad> serves, string? database) =>
            new(serves, database, await DatabaseTicksAsync(database));

        public async Task<CpuShare> StopAsync()
        {
            var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
            var (busy, total) = Machine();
            var perServe = _serves.Select((s, i) => (s.CpuTime() - _serve[i]).TotalSeconds / seconds).ToArray();
            var tool = (Process.GetCurrentProcess().TotalProcessorTime - _tool).TotalSeconds / seconds;
            // A backend that began during the window counts from 0; one that ended during it is lost (the pools keep theirs open).
            var databaseTicks = (await DatabaseTicksAsync(_database)).Sum(p => p.Value - _databaseTicks.GetValueOrDefault(p.Key));
            var database = databaseTicks / 100.0 / seconds;
            var machine = total > _machine.Total ? (double)(busy - _machine.Busy) / (total - _machine.Total) * Environment.ProcessorCount : double.NaN;
            return new CpuShare(machine, perServe.Sum(), tool, database, Math.Max(0, machine - perServe.Sum() - tool - database), perServe);
        }

        /// <summary>
        /// CPU clock ticks (user + system, USER_HZ = 100) of every process of the PostgreSQL server as <c>pg_stat_activity</c>
        /// lists them (backends and background workers), read from <c>/proc</c>: only when the server runs on this machine.
        /// </summary>
        private static async Task<Dictionary<int, long>> DatabaseTicksAsync(string? connectionString)
        {
            var ticks = new Dictionary<int, long>();
            if (connectionString is null || !Directory.Exists("/proc"))
            {
                return ticks;
            }

            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var pid = reader.GetInt32(0);
                try
                {
                    // Fields after the ")" that ends the command name: state is [0], utime [11], stime [12].
                    var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // Gone between the query and the read, or on another machine.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            return ticks;
        }

        /// <summary>Jiffies busy and in total since boot, all cores (0, 0 where there is no <c>/proc/stat</c>).</summary>
        private static (long Busy, long Total) Machine()
        {
            if (!File.Exists("/proc/stat"))
            {
                return (0, 0);
            }

            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var total = fields.Take(8).Sum();   // user nice system idle iowait irq softirq steal (guest is inside user)
            var idle = fields[3] + fields[4];
            return (total - idle, total);
        }
    }

    /// <summary>
    /// The database every replica of one setup shares: a new PostgreSQL database (created here, dropped afterwards) or one
    /// LiteDB file in a temp folder (shared mode, so several processes on this machine can use it).
    /// </summary>
    private sealed class SharedStorage : IAsyncDisposable
    {
        private readonly string? _adminConnection;
        private readonly string? _database;
        private readonly string? _folder;

        private SharedStorage(IReadOnlyDictionary<string, string> settings, string? adminConnection, string? database, string? folder)
        {
            Settings = settings;
            _adminConnection = adminConnection;
            _database = database;
            _folder = folder;
        }

        public IReadOnlyDictionary<string, string> Settings { get; }

        /// <summary>The PostgreSQL server the replicas use (null for LiteDB), to read its processes' CPU time.</summary>
        public string? AdminConnection => _adminConnection;

        public static async Task<SharedStorage> CreateAsync(string provider, string? pg)
        {
            if (provider != "postgres")
            {
                var folder = Path.Combine(Path.GetTempPath(), "bot-serve-load", "shared-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                return new SharedStorage(new Dictionary<string, string> { ["Storage__Path"] = Path.Combine(folder, "bot.db") }, null, null, folder);
            }

            var database = "jkbench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(pg))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var serveConnection = new NpgsqlConnectionStringBuilder(pg) { Database = database, Pooling = true }.ConnectionString;
            return new SharedStorage(
                new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = serveConnection },
                pg, database, null);
        }

        public async ValueTask DisposeAsync()
        {
            if (_database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(_adminConnection);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            if (_folder is not null)
            {
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is not worth failing a benchmark over.
                }
            }
        }
    }
}
