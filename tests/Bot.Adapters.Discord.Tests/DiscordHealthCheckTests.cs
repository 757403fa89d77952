using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Adapters.Discord.Tests.Gateway;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Bot.Adapters.Discord.Tests;

/// <summary>Discord's readiness check as <c>/readyz</c> runs it (through the registered health checks), against the fake Gateway.</summary>
public sealed class DiscordHealthCheckTests
{
    [Fact]
    public async Task Gateway_NotReadyThenReadyThenDropped_UnhealthyHealthyUnhealthy()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.Gateway.NextAsync();

        var connecting = await CheckAsync(h.Host);
        await peer.SendHelloAsync(45_000);
        await peer.ReceiveOpAsync(2);
        await peer.SendReadyAsync("s1", h.Gateway.ResumeUrl, sequence: 1);
        await UntilAsync(() => h.Client.State == GatewayState.Ready);
        var ready = await CheckAsync(h.Host);
        await peer.CloseAsync(4000);
        await h.Gateway.NextAsync();
        var reconnecting = await CheckAsync(h.Host);

        Assert.Equal((HealthStatus.Unhealthy, "gateway not connected"), connecting);
        Assert.Equal((HealthStatus.Healthy, "ok"), ready);
        Assert.Equal((HealthStatus.Unhealthy, "gateway not connected"), reconnecting);
    }

    [Fact]
    public async Task Gateway_FatalClose_UnhealthyWithTheReason()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync();

        await peer.CloseAsync(4004);
        await h.WaitStoppedAsync();
        var (status, description) = await CheckAsync(h.Host);

        Assert.Equal(HealthStatus.Unhealthy, status);
        Assert.StartsWith("gateway stopped:", description, StringComparison.Ordinal);
        Assert.Contains("BotToken", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Http", "ok")]
    [InlineData("Off", "disabled")]
    public async Task OtherModes_HealthyOkOrDisabled(string mode, string expected)
    {
        var settings = DiscordServices.Defaults("http://127.0.0.1:1/api/v10");
        settings["Discord:Mode"] = mode;
        settings["Discord:PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        using var host = DiscordServices.Build(settings);

        Assert.Equal((HealthStatus.Healthy, expected), await CheckAsync(host));
    }

    private static async Task<(HealthStatus Status, string? Description)> CheckAsync(IHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var entry = report.Entries[DiscordHealthCheck.Name];
        return (entry.Status, entry.Description);
    }

    /// <summary>READY is handled on the client's receive loop: wait (bounded) for it to land rather than race it.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Loopback.Bound);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
