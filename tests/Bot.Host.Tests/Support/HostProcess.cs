using System.Diagnostics;
using System.Text;

namespace Bot.Host.Tests.Support;

/// <summary>What one run of the built host printed and returned.</summary>
public sealed record HostRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout split into lines, without the empty remainder after the final newline.</summary>
    public IReadOnlyList<string> StdoutLines =>
        Stdout.Length == 0 ? [] : Stdout.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the built Bot.Host as a real child process (<c>dotnet Bot.Host.dll …</c>) from the repository root, the way
/// a person or a script would, so the tests see real exit codes, real stdout/stderr separation and real files.
/// </summary>
public static class HostProcess
{
    // Generous: a hung child fails the test instead of hanging the run. Not a speed check (those are benchmarks).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The folder holding Bot.sln: the working directory, so the default Knowledge:Path finds knowledge/.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The host assembly built next to the tests by the project reference.</summary>
    public static string HostDll { get; } = typeof(Bot.Host.Cli.AskCommand).Assembly.Location;

    /// <summary>
    /// Runs the host with <paramref name="args"/>. <paramref name="storage"/> gives the per-test folder that
    /// Storage__Path points into, so no test ever writes data/ in the repository.
    /// </summary>
    public static async Task<HostRun> RunAsync(
        TempFolder storage,
        IReadOnlyList<string> args,
        byte[]? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(storage, args, environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(stdin ?? []);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Bot.Host {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds} s");
        }

        return new HostRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the host and leaves it running, with stdin/stdout/stderr redirected (for kill tests).</summary>
    public static Process Start(TempFolder storage, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Process.Start(StartInfo(storage, args, environment)) ?? throw new InvalidOperationException("could not start the host");

    private static ProcessStartInfo StartInfo(TempFolder storage, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only what the test says: nothing the developer's shell happens to export may bend the run.
        foreach (var key in start.Environment.Keys.Where(IsBotSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["Storage__Path"] = storage.DatabasePath;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Runs the host with <paramref name="lines"/> on stdin, one per line, UTF-8.</summary>
    public static Task<HostRun> RunWithLinesAsync(
        TempFolder storage, IReadOnlyList<string> args, IEnumerable<string> lines, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(storage, args, Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))), environment);

    /// <summary>
    /// For tests of a verb's own handling whose questions the exact-data intents answer: without the embedding model a
    /// run in a fresh storage folder skips building the vector cache (tens of seconds of CPU on a shared machine).
    /// </summary>
    public static IReadOnlyDictionary<string, string> WithoutEmbeddings { get; } =
        new Dictionary<string, string> { ["Retrieval__UseEmbeddings"] = "false" };

    internal static bool IsBotSetting(string key) =>
        key.StartsWith("Knowledge__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Discord__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Admin__", StringComparison.OrdinalIgnoreCase)
        || key.Equals("ASPNETCORE_URLS", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("LC_", StringComparison.Ordinal);

    internal static string DotnetExecutable()
    {
        // The muxer that runs these tests, so the child uses the same SDK/runtime; "dotnet" on PATH otherwise.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder holding Bot.sln above {AppContext.BaseDirectory}");
    }
}
