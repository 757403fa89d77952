using System.Diagnostics.Metrics;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Adapters.Discord.Tests.Gateway;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;

namespace Bot.Adapters.Discord.Tests.Telemetry;

/// <summary>The REST and Gateway clients' counters, against the fake Discord on loopback, read from the host's own meter factory.</summary>
public sealed class DiscordMetricsTests : IAsyncLifetime
{
    private const string CallbackRoute = "POST interactions/{id}/{token}/callback";
    private static readonly InteractionResponse Pong = new(1);

    private FakeDiscordRest _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscordRest.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Send_RateLimitedOnce_CountsOneWaitWithItsSecondsByRouteTemplate()
    {
        _fake.Respond = (_, earlier) => earlier == 0 ? FakeResponse.RateLimited(0.2) : null;
        using var host = DiscordServices.Build(DiscordServices.Defaults(_fake.BaseUrl));
        using var calls = Collect<long>(host, "jkbot.platform.api.calls");
        using var waits = Collect<long>(host, "jkbot.platform.rate_limit.waits");
        using var waited = Collect<double>(host, "jkbot.platform.rate_limit.wait.duration");
        using var errors = Collect<long>(host, "jkbot.platform.api.errors");

        await host.Services.GetRequiredService<DiscordRestClient>().CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        var wait = Assert.Single(waits.GetMeasurementSnapshot());
        Assert.Equal(1, wait.Value);
        Assert.Equal($"method={CallbackRoute},platform=discord", Labels(wait.Tags));
        Assert.Equal(0.2, Assert.Single(waited.GetMeasurementSnapshot()).Value, 3);
        Assert.Equal(
            [$"method={CallbackRoute},platform=discord,status=429", $"method={CallbackRoute},platform=discord,status=2xx"],
            calls.GetMeasurementSnapshot().Select(m => Labels(m.Tags)));
        // A 429 is waited out, not an error.
        Assert.Empty(errors.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Send_ServerErrorThenSuccess_CountsOneErrorAndBothCalls()
    {
        _fake.Respond = (_, earlier) => earlier == 0 ? new FakeResponse(500) : null;
        using var host = DiscordServices.Build(DiscordServices.Defaults(_fake.BaseUrl));
        using var calls = Collect<long>(host, "jkbot.platform.api.calls");
        using var errors = Collect<long>(host, "jkbot.platform.api.errors");

        await host.Services.GetRequiredService<DiscordRestClient>().CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        var error = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal($"method={CallbackRoute},platform=discord,reason=http_5xx", Labels(error.Tags));
        Assert.Equal(
            [$"method={CallbackRoute},platform=discord,status=5xx", $"method={CallbackRoute},platform=discord,status=2xx"],
            calls.GetMeasurementSnapshot().Select(m => Labels(m.Tags)));
    }

    [Fact]
    public async Task Send_Timeout_CountsATimeoutError()
    {
        _fake.Respond = (_, earlier) => earlier == 0 ? new FakeResponse(0, Hang: true) : null;
        var settings = DiscordServices.Defaults(_fake.BaseUrl);
        settings["Discord:RequestTimeout"] = "00:00:00.300";
        using var host = DiscordServices.Build(settings);
        using var errors = Collect<long>(host, "jkbot.platform.api.errors");

        await host.Services.GetRequiredService<DiscordRestClient>().CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        Assert.Equal($"method={CallbackRoute},platform=discord,reason=timeout", Labels(Assert.Single(errors.GetMeasurementSnapshot()).Tags));
    }

    [Fact]
    public async Task Gateway_ConnectionClosedAfterReady_CountsOneReconnect()
    {
        await using var h = await GatewayHarness.StartAsync();
        using var reconnects = Collect<long>(h.Host, "jkbot.platform.reconnects");
        var first = await h.ConnectReadyAsync();
        Assert.Empty(reconnects.GetMeasurementSnapshot());

        await first.CloseAsync(4000);
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);
        await second.ReceiveOpAsync(6);

        var reconnect = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal(1, reconnect.Value);
        Assert.Equal("platform=discord", Labels(reconnect.Tags));
    }

    private static MetricCollector<T> Collect<T>(IHost host, string instrument)
        where T : struct =>
        new(host.Services.GetRequiredService<IMeterFactory>(), BotMeters.Platforms, instrument);

    private static string Labels(IReadOnlyDictionary<string, object?> tags) =>
        string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    private static CancellationToken Bounded() => new CancellationTokenSource(Loopback.Bound).Token;
}
