using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.Host.Tests.Support;

/// <summary>
/// <c>Bot.Host serve</c> as a real child process on a free loopback port; ready once <c>/healthz</c> answers (the warm-up runs
/// before the server listens). Killed on dispose.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly Task<string> _stderr;

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public string Url { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<ServeProcess> StartAsync(TempFolder storage, IReadOnlyDictionary<string, string> environment)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(HostProcess.DotnetExecutable())
        {
            WorkingDirectory = HostProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostProcess.HostDll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var key in start.Environment.Keys.Where(HostProcess.IsBotSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Storage__Path"] = storage.DatabasePath;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var serve = new ServeProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start serve"), url);
        try
        {
            await serve.WaitReadyAsync();
        }
        catch
        {
            // Never ready (too slow, or it exited): no server may outlive the test that started it.
            await serve.DisposeAsync();
            throw;
        }

        return serve;
    }

    /// <summary>
    /// Stops the server the way a service manager does (SIGTERM: a graceful shutdown), waits for it to exit (bounded),
    /// and returns its exit code and everything it wrote to stderr.
    /// </summary>
    public async Task<(int ExitCode, string Stderr)> StopAsync()
    {
        // libc's kill(2), not the kill binary: slim build images (the Dockerfile runs these tests) may not have procps.
        Assert.True(Kill(_process.Id, SigTerm) == 0, $"kill({_process.Id}, SIGTERM) failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");

        using var timeout = new CancellationTokenSource(Bound);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _stderr);
    }

    /// <summary>Kills the server at once (SIGKILL, as <c>kill -9</c>): no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"serve exited with {_process.ExitCode}: {await _stderr}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(Url + "/healthz"), timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the knowledge, indexes and model load first.
            }

            // Polling for readiness, not timing anything.
            await Task.Delay(200, timeout.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
