using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.Benchmarks.Load;

/// <summary>
/// <c>Bot.Host serve</c> as a child process, configured as an operator would run both platforms over HTTP (Discord
/// interactions endpoint, Slack Events API), with its platform APIs pointed at <see cref="FakePlatformApis"/>, a fresh
/// LiteDB file, and the per-user/per-channel question limits off (they would turn a load test into a test of the limiter).
/// </summary>
public sealed class ServeUnderLoad : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServeUnderLoad(Process process, string url, string folder)
    {
        _process = process;
        Url = url;
        _folder = folder;
    }

    public string Url { get; }

    /// <param name="settings">Settings that replace or add to the defaults below (the storage provider and its database, for
    /// the several-replicas runs).</param>
    public static async Task<ServeUnderLoad> StartAsync(
        string discordPublicKey, FakePlatformApis apis, TimeSpan readyWithin, IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = RepositoryPaths.Root();
        var folder = Path.Combine(Path.GetTempPath(), "bot-serve-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(Dotnet()) { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[typeof(Bot.Host.Cli.ServeCommand).Assembly.Location, "serve", "--urls", url])
        {
            start.ArgumentList.Add(arg);
        }

        var environment = new Dictionary<string, string>
        {
            ["Knowledge__Path"] = Path.Combine(root, "knowledge"),
            ["Storage__Path"] = Path.Combine(folder, "bot.db"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Throttle__PerUserPerMinute"] = "0",
            ["Throttle__PerChannelPerMinute"] = "0",
            ["Discord__Mode"] = "Http",
            ["Discord__ApplicationId"] = "bench",
            ["Discord__PublicKey"] = discordPublicKey,
            ["Discord__ApiBaseUrl"] = apis.DiscordApiBaseUrl,
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SignedRequests.SlackSigningSecret,
            ["Slack__BotToken"] = "xoxb-load",
            ["Slack__ApiBaseUrl"] = apis.SlackApiBaseUrl,
            // Room for every event of the run: what is measured is acks and answers, not the 503 a full queue answers.
            ["Slack__QueueCapacity"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start serve");
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var serve = new ServeUnderLoad(process, url, folder);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(readyWithin.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && !process.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri(url + "/readyz"));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return serve;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the warm-up runs before Kestrel starts.
            }

            await Task.Delay(250);
        }

        // Read whether it exited before disposing: a disposed Process cannot say.
        var exited = process.HasExited;
        await serve.DisposeAsync();
        throw new InvalidOperationException($"serve was not ready within {readyWithin.TotalSeconds:0} s:\n{(exited ? await stderr : "(still starting)")}");
    }

    /// <summary>CPU time serve has used so far (user + system, all its threads).</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Resident memory now and at its peak (Linux <c>/proc</c>; 0 elsewhere), in MiB.</summary>
    public (long Current, long Peak) MemoryMiB()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return (0, 0);
        }

        long Field(string name) => File.ReadLines(status).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[name.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024
            : 0;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a benchmark over.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The muxer that runs this tool when it is `dotnet Bot.Benchmarks.dll`; "dotnet" on PATH otherwise (the apphost).
    private static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
}
