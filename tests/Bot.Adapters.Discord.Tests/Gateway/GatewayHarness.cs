using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>A fake Discord (REST + Gateway) on loopback and a host running the real <see cref="GatewayClient"/> against it.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private GatewayHarness(FakeDiscordRest rest, FakeGateway gateway, IHost host, LogLines logs)
    {
        Rest = rest;
        Gateway = gateway;
        Host = host;
        Logs = logs;
    }

    /// <summary>Every log line of the host.</summary>
    public LogLines Logs { get; }

    public FakeDiscordRest Rest { get; }

    public FakeGateway Gateway { get; }

    public IHost Host { get; }

    public GatewayClient Client => Host.Services.GetRequiredService<GatewayClient>();

    public static async Task<GatewayHarness> StartAsync(Action<FakeDiscordRest>? arrange = null, params (string Key, string Value)[] overrides)
    {
        var rest = await FakeDiscordRest.StartAsync();
        var gateway = await FakeGateway.StartAsync();
        rest.GatewayUrl = gateway.Url;
        arrange?.Invoke(rest);
        var settings = DiscordServices.Defaults(rest.BaseUrl);
        settings["Discord:Mode"] = "Gateway";
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var logs = new LogLines();
        var host = DiscordServices.Build(settings, logs: logs);
        await host.StartAsync();
        return new GatewayHarness(rest, gateway, host, logs);
    }

    /// <summary>Accepts the first connection, says Hello, expects Identify, answers READY: a connected, ready session "s1".</summary>
    public async Task<GatewayPeer> ConnectReadyAsync(int heartbeatMs = 45_000)
    {
        var peer = await Gateway.NextAsync();
        await peer.SendHelloAsync(heartbeatMs);
        await peer.ReceiveOpAsync(2);
        await peer.SendReadyAsync("s1", Gateway.ResumeUrl, sequence: 1);
        return peer;
    }

    /// <summary>Waits until the client's background loop has ended (it stopped by itself).</summary>
    public async Task WaitStoppedAsync() => await Client.ExecuteTask!.WaitAsync(Loopback.Bound);

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(Loopback.Bound))
        {
            await Host.StopAsync(stop.Token);
        }

        Host.Dispose();
        await Gateway.DisposeAsync();
        await Rest.DisposeAsync();
    }
}
