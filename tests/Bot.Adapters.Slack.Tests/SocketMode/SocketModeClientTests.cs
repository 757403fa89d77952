using System.Diagnostics.Metrics;
using System.Text.Json;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Inbound.SocketMode;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> SocketMode = new()
    {
        ["Slack:Mode"] = "SocketMode",
        ["Slack:AppToken"] = "xapp-test-token",
        ["Slack:SigningSecret"] = null,
        ["Slack:ReconnectBaseDelay"] = "00:00:00",
    };

    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp? _app;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _slack.DisposeAsync();
        _db.Delete();
    }

    private async Task<FakeSocket> ConnectAsync()
    {
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, SocketMode);
        var socket = await _slack.NextSocketAsync();
        await socket.SendHelloAsync();
        return socket;
    }

    private SocketModeClient Client => _app!.Services.GetRequiredService<SocketModeClient>();

    private static object Envelope(string id, string type, string payloadJson, bool acceptsResponsePayload = false, int? retryAttempt = null) => new Dictionary<string, object?>
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["payload"] = JsonDocument.Parse(payloadJson).RootElement,
        ["accepts_response_payload"] = acceptsResponsePayload,
        ["retry_attempt"] = retryAttempt ?? 0,
        ["retry_reason"] = retryAttempt is null ? "" : "timeout",
    };

    [Fact]
    public async Task Start_OpensTheConnectionWithTheAppToken()
    {
        await ConnectAsync();

        Assert.Equal("Bearer xapp-test-token", Assert.Single(_slack.Calls("apps.connections.open")).Authorization);
    }

    [Fact]
    public async Task EventsApiEnvelope_AckedAtOnceAndAnsweredInTheThread()
    {
        var socket = await ConnectAsync();

        await socket.SendAsync(Envelope("env-1", "events_api", SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?", ts: "1764235800.000100")));
        var ack = await socket.ReceiveAsync();
        var post = (await _slack.WaitForAsync("chat.postMessage")).Single();

        Assert.Equal("""{"envelope_id":"env-1"}""", ack.GetRawText());
        Assert.Equal("1764235800.000100", post.Str("thread_ts"));
        Assert.Contains(post.AllStrings(), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedeliveredEnvelope_AckedAgainButAnsweredOnce()
    {
        var socket = await ConnectAsync();
        var mention = SlackPayloads.Mention("EvDup", "<@UBOT> what is GSOMIA?");

        await socket.SendAsync(Envelope("env-1", "events_api", mention));
        await socket.SendAsync(Envelope("env-2", "events_api", mention, retryAttempt: 1));
        var acks = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };
        await socket.SendAsync(Envelope("env-3", "events_api", SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2")));
        await socket.ReceiveAsync();
        await _slack.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.Equal(["env-1", "env-2"], acks.Select(a => a.GetProperty("envelope_id").GetString()).Order());
        Assert.Single(_slack.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task SlashCommandEnvelope_AnswerCarriedInTheAck()
    {
        var socket = await ConnectAsync();
        var command = JsonSerializer.Serialize(SlackPayloads.Command("stats imports 2011"));

        await socket.SendAsync(Envelope("env-cmd", "slash_commands", command, acceptsResponsePayload: true));
        var ack = await socket.ReceiveAsync();

        Assert.Equal("env-cmd", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("ephemeral", ack.GetProperty("payload").GetProperty("response_type").GetString());
        Assert.Contains("68.3", ack.GetProperty("payload").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractiveEnvelope_FeedbackStored()
    {
        var socket = await ConnectAsync();

        await socket.SendAsync(Envelope("env-i", "interactive", SlackPayloads.BlockActions(ActionIds.NotHelpful, "Ev7", "U5", _slack.ResponseUrl("fb"))));
        var ack = await socket.ReceiveAsync();
        await _slack.WaitForAsync("response_url");

        Assert.Equal("env-i", ack.GetProperty("envelope_id").GetString());
        Assert.Equal((0, 1), _app!.Services.GetRequiredService<IFeedbackStore>().Totals("Ev7"));
    }

    [Fact]
    public async Task InteractiveEnvelope_ReasonModalSubmitted_AckCarriesTheResponseActionAndTheTextIsStored()
    {
        var socket = await ConnectAsync();
        await socket.SendAsync(Envelope("env-down", "interactive", SlackPayloads.BlockActions(ActionIds.NotHelpful, "Ev8", "U5", _slack.ResponseUrl("fb"))));
        await socket.ReceiveAsync();
        await _slack.WaitForAsync("response_url");
        var metadata = new ReasonContext("Ev8", Bot.Core.Knowledge.Lang.En, null).Encode();

        await socket.SendAsync(Envelope("env-why", "interactive", SlackPayloads.ReasonSubmission(metadata, "Too one-sided.", "U5"), acceptsResponsePayload: true));
        var ack = await socket.ReceiveAsync();

        Assert.Equal("env-why", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("update", ack.GetProperty("payload").GetProperty("response_action").GetString());
        var vote = Assert.Single(_app!.Services.GetRequiredService<IFeedbackStore>().Since(DateTimeOffset.UnixEpoch), r => r.AnswerId == "Ev8");
        Assert.Equal("other", vote.Reason);
        Assert.Equal("Too one-sided.", vote.Text);
    }

    [Fact]
    public async Task UnknownEnvelopeType_AckedAndIgnored()
    {
        var socket = await ConnectAsync();

        await socket.SendAsync(Envelope("env-x", "something_new", "{}"));

        Assert.Equal("env-x", (await socket.ReceiveAsync()).GetProperty("envelope_id").GetString());
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task Disconnect_OpensTheNextConnectionBeforeClosingTheOld(string reason)
    {
        var first = await ConnectAsync();

        await first.SendDisconnectAsync(reason);
        var second = await _slack.NextSocketAsync();
        await first.Closed.Within();
        await second.SendHelloAsync();
        await second.SendAsync(Envelope("env-after", "events_api", SlackPayloads.Mention("Ev1", "<@UBOT> help")));
        var ack = await second.ReceiveAsync();

        var log = _slack.SocketLog;
        Assert.True(log.ToList().IndexOf("open:2") < log.ToList().IndexOf("close:1"), string.Join(", ", log));
        Assert.Equal(2, _slack.Calls("apps.connections.open").Count);
        Assert.Equal("env-after", ack.GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task LinkDisabled_StopsWithoutReconnectingAndSaysWhy()
    {
        var socket = await ConnectAsync();

        await socket.SendDisconnectAsync("link_disabled");
        await Client.ExecuteTask!.Within();
        await socket.Closed.Within();

        Assert.Single(_slack.Calls("apps.connections.open"));
        Assert.True(_app!.Logs.Contains(LogLevel.Critical, "link_disabled"));
    }

    [Fact]
    public async Task Dropped_ReconnectsWithANewUrl()
    {
        var first = await ConnectAsync();

        first.Abort();
        var second = await _slack.NextSocketAsync();
        await second.SendHelloAsync();
        await second.SendAsync(Envelope("env-2", "events_api", "{}"));

        Assert.Equal("env-2", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());
        Assert.Equal(2, _slack.Calls("apps.connections.open").Count);
        // The drop is reported by the client's loop, which may still be finishing with the old connection while the new
        // one already works: wait (bounded) for the line rather than race it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_app!.Logs.Contains(LogLevel.Warning, "dropped") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(_app.Logs.Contains(LogLevel.Warning, "dropped"), string.Join("\n", _app.Logs.Entries.Select(e => $"{e.Level}: {e.Message}")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("refresh_requested")]
    public async Task DroppedOrRefreshed_CountsOneSlackReconnect(string? disconnectReason)
    {
        var first = await ConnectAsync();
        using var reconnects = new MetricCollector<long>(_app!.Services.GetRequiredService<IMeterFactory>(), BotMeters.Platforms, "jkbot.platform.reconnects");

        if (disconnectReason is null)
        {
            first.Abort();
        }
        else
        {
            await first.SendDisconnectAsync(disconnectReason);
        }

        var second = await _slack.NextSocketAsync();
        await second.SendHelloAsync();

        var reconnect = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal(1, reconnect.Value);
        Assert.Equal("slack", Assert.Single(reconnect.Tags).Value);
    }

    [Fact]
    public async Task Readiness_NotConnectedUntilHelloThenOkThenStoppedOnLinkDisabled()
    {
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, SocketMode);
        var socket = await _slack.NextSocketAsync();

        var beforeHello = await ReadinessAsync();
        await socket.SendHelloAsync();
        // The hello is handled on the client's own loop: wait (bounded) for it rather than race it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Client.IsConnected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        var connected = await ReadinessAsync();
        await socket.SendDisconnectAsync("link_disabled");
        await Client.ExecuteTask!.Within();
        var stopped = await ReadinessAsync();

        Assert.Equal((HealthStatus.Unhealthy, "socket mode not connected"), beforeHello);
        Assert.Equal((HealthStatus.Healthy, "ok"), connected);
        Assert.Equal((HealthStatus.Unhealthy, "socket mode stopped: link_disabled"), stopped);
    }

    [Fact]
    public async Task Readiness_EventsMode_Ok()
    {
        _app = await SlackTestApp.StartAsync(_slack, _db.Path);

        Assert.Equal((HealthStatus.Healthy, "ok"), await ReadinessAsync());
    }

    private async Task<(HealthStatus Status, string? Description)> ReadinessAsync()
    {
        var entry = (await _app!.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[SlackHealthCheck.Name];
        return (entry.Status, entry.Description);
    }

    [Fact]
    public async Task OpenFailsOnce_RetriedThenConnects()
    {
        _slack.Script("apps.connections.open", new FakeReply.OkFalse("internal_error"));

        var socket = await ConnectAsync();
        await socket.SendAsync(Envelope("env-1", "events_api", "{}"));

        Assert.Equal("env-1", (await socket.ReceiveAsync()).GetProperty("envelope_id").GetString());
        Assert.Equal(2, _slack.Calls("apps.connections.open").Count);
    }

    [Fact]
    public async Task OpenRejectsTheToken_StopsWithACriticalLog()
    {
        _slack.Script("apps.connections.open", new FakeReply.OkFalse("invalid_auth"));
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, SocketMode);

        await Client.ExecuteTask!.Within();

        Assert.Single(_slack.Calls("apps.connections.open"));
        Assert.True(_app.Logs.Contains(LogLevel.Critical, "invalid_auth"));
        Assert.Empty(_slack.SocketLog);
    }

    [Fact]
    public async Task EventsMode_SocketModeClientIdles()
    {
        _app = await SlackTestApp.StartAsync(_slack, _db.Path);

        await Client.ExecuteTask!.Within();

        Assert.Empty(_slack.Calls("apps.connections.open"));
    }
}
