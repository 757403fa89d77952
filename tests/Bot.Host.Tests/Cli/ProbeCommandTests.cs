using System.Net;
using System.Net.Sockets;
using Bot.Host.Cli;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>probe</c> as Docker's HEALTHCHECK runs it: a real process against a real <c>serve</c> (or nothing) on loopback.</summary>
public sealed class ProbeCommandTests
{
    [Fact]
    public async Task Probe_RunningServe_Exit0ForHealthz_Exit1ForAnErrorStatus()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>());

        var healthy = await HostProcess.RunAsync(temp, ["probe", "--url", serve.Url + "/healthz"]);
        var missing = await HostProcess.RunAsync(temp, ["probe", "--url", serve.Url + "/no-such-endpoint"]);
        var fromEnvironment = await HostProcess.RunAsync(temp, ["probe"], environment: new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = serve.Url.Replace("127.0.0.1", "0.0.0.0", StringComparison.Ordinal),
        });

        Assert.True(healthy.ExitCode == 0, healthy.ToString());
        Assert.StartsWith("200 ", healthy.Stdout, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == ProbeCommand.Unhealthy, missing.ToString());
        Assert.StartsWith("404 ", missing.Stdout, StringComparison.Ordinal);
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
    }

    [Fact]
    public async Task Probe_NothingListening_Exit1AndSaysSo()
    {
        using var temp = new TempFolder();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await HostProcess.RunAsync(temp, ["probe", "--url", $"http://127.0.0.1:{port}/healthz", "--timeout", "2"]);

        Assert.True(run.ExitCode == ProbeCommand.Unhealthy, run.ToString());
        Assert.Contains("did not answer", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_NotAnHttpUrl_UsageError()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["probe", "--url", "ftp://127.0.0.1/healthz"]);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("--url", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://+:9000;https://+:9443", "http://127.0.0.1:9000/healthz")]
    [InlineData("http://*:7000", "http://127.0.0.1:7000/healthz")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://10.1.2.3:8080", "http://10.1.2.3:8080/healthz")]
    [InlineData(null, "http://127.0.0.1:5080/healthz")]
    [InlineData("not a url", "http://127.0.0.1:5080/healthz")]
    public void DefaultUrl_CallsWhereServeListens_LoopbackForWildcards(string? urls, string expected) =>
        Assert.Equal(expected, ProbeCommand.DefaultUrl(urls));
}
