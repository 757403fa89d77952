using System.Text.Json;
using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// The Gateway client against a fake Gateway WebSocket server: Hello/Identify/READY, heartbeats and ACKs, zombie detection,
/// op 7, op 9 both ways, resumable and fatal close codes, and an INTERACTION_CREATE answered through the REST callback.
/// Heartbeat intervals are short, and every wait is bounded; nothing sleeps.
/// </summary>
public sealed class GatewayClientTests
{
    [Fact]
    public async Task Connect_Hello_IdentifiesWithMessageIntentsAndTheToken()
    {
        await using var h = await GatewayHarness.StartAsync();

        var peer = await h.Gateway.NextAsync();
        await peer.SendHelloAsync(45_000);
        var identify = (await peer.ReceiveOpAsync(2)).GetProperty("d");

        Assert.Equal("/gateway", peer.Path);
        Assert.Contains("v=10", peer.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", peer.Query, StringComparison.Ordinal);
        Assert.Equal("test-token", identify.GetProperty("token").GetString());
        // GUILD_MESSAGES | DIRECT_MESSAGES, for mentions and DMs: neither is privileged.
        Assert.Equal((1 << 9) | (1 << 12), identify.GetProperty("intents").GetInt32());
        Assert.Equal("linux", identify.GetProperty("properties").GetProperty("os").GetString());
        Assert.Equal(1, h.Rest.Count("GET", "/api/v10/gateway/bot"));
    }

    [Theory]
    [InlineData("false", "false", 0)]
    [InlineData("true", "true", (1 << 9) | (1 << 12) | (1 << 15))]
    public async Task Connect_MessageSettings_DecideTheIntents(string messages, string messageContent, int expected)
    {
        await using var h = await GatewayHarness.StartAsync(null, ("Discord:Messages", messages), ("Discord:MessageContentIntent", messageContent));

        var peer = await h.Gateway.NextAsync();
        await peer.SendHelloAsync(45_000);
        var identify = (await peer.ReceiveOpAsync(2)).GetProperty("d");

        Assert.Equal(expected, identify.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Heartbeat_AfterReady_SendsLastSequenceAndKeepsTheConnection()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync(heartbeatMs: 100);
        await peer.SendDispatchAsync("GUILD_CREATE", 5, "{}");

        JsonElement beat;
        do
        {
            beat = await peer.ReceiveOpAsync(1);
        }
        while (beat.GetProperty("d").ValueKind != JsonValueKind.Number || beat.GetProperty("d").GetInt64() != 5);

        // Several more beats, all ACKed by the fake: no reconnect.
        for (var i = 0; i < 3; i++)
        {
            await peer.ReceiveOpAsync(1);
        }

        Assert.Equal(1, h.Gateway.Connections);
        Assert.Equal(GatewayState.Ready, h.Client.State);
    }

    [Fact]
    public async Task Heartbeat_RequestedByServer_SentAtOnce()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync(heartbeatMs: 600_000);

        await peer.SendAsync("""{"op":1,"d":null}""");
        var beat = await peer.ReceiveOpAsync(1);

        Assert.Equal(1, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Heartbeat_NoAck_ClosesZombieAndResumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.Gateway.NextAsync();
        first.AutoAck = false;
        await first.SendHelloAsync(100);
        await first.ReceiveOpAsync(2);
        await first.SendReadyAsync("s1", h.Gateway.ResumeUrl, sequence: 7);

        var closedWith = await first.ClosedWithinBoundAsync();
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");

        Assert.NotNull(closedWith);
        Assert.NotEqual(1000, closedWith);
        Assert.NotEqual(1001, closedWith);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("s1", resume.GetProperty("session_id").GetString());
        Assert.Equal(7, resume.GetProperty("seq").GetInt64());
        Assert.Equal("test-token", resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Op7Reconnect_ReconnectsToResumeUrlAndResumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.SendAsync("""{"op":7,"d":null}""");
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");
        await second.SendDispatchAsync("RESUMED", 2, "{}");

        Assert.NotEqual(1000, await first.ClosedWithinBoundAsync());
        Assert.Equal("/resume", second.Path);
        Assert.Equal("s1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, h.Rest.Count("GET", "/api/v10/gateway/bot"));
    }

    [Fact]
    public async Task Op9Resumable_Resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.SendAsync("""{"op":9,"d":true}""");
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);

        Assert.Equal("s1", (await second.ReceiveOpAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal("/resume", second.Path);
    }

    [Fact]
    public async Task Op9NotResumable_IdentifiesAfresh()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.SendAsync("""{"op":9,"d":false}""");
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);
        var identify = (await second.ReceiveOpAsync(2)).GetProperty("d");

        Assert.Equal("/gateway", second.Path);
        Assert.Equal((1 << 9) | (1 << 12), identify.GetProperty("intents").GetInt32());
        Assert.Equal(2, h.Rest.Count("GET", "/api/v10/gateway/bot"));
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4008)]
    public async Task ResumableCloseCode_ReconnectsAndResumes(int code)
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.CloseAsync(code);
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);

        Assert.Equal("s1", (await second.ReceiveOpAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCode_ReconnectsAndIdentifies(int code)
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.CloseAsync(code);
        var second = await h.Gateway.NextAsync();
        await second.SendHelloAsync(45_000);

        Assert.Equal("test-token", (await second.ReceiveOpAsync(2)).GetProperty("d").GetProperty("token").GetString());
        Assert.Equal("/gateway", second.Path);
    }

    [Theory]
    [InlineData(4004, "BotToken")]
    [InlineData(4014, "Disallowed intent")]
    [InlineData(4013, "Invalid intent")]
    public async Task FatalCloseCode_StopsWithAClearReasonAndNeverReconnects(int code, string reason)
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectReadyAsync();

        await first.CloseAsync(code);
        await h.WaitStoppedAsync();

        Assert.Equal(GatewayState.Failed, h.Client.State);
        Assert.Contains(reason, h.Client.StopReason, StringComparison.Ordinal);
        Assert.Equal(1, h.Gateway.Connections);
    }

    [Fact]
    public async Task GatewayBotRefused_StopsWithoutConnecting()
    {
        await using var h = await GatewayHarness.StartAsync(rest => rest.Respond = (r, _) => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal)
            ? new FakeResponse(401, """{"message":"401: Unauthorized","code":0}""")
            : null);

        await h.WaitStoppedAsync();

        Assert.Equal(GatewayState.Failed, h.Client.State);
        Assert.Contains("BotToken", h.Client.StopReason, StringComparison.Ordinal);
        Assert.Equal(0, h.Gateway.Connections);
        Assert.Equal(1, h.Rest.Count("GET", "/api/v10/gateway/bot"));
    }

    [Fact]
    public async Task GatewayUrlOverride_ConnectsThereWithoutAskingRest()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var h = await GatewayHarness.StartAsync(null, ("Discord:GatewayUrl", gateway.Url));

        var peer = await gateway.NextAsync();
        await peer.SendHelloAsync(45_000);
        await peer.ReceiveOpAsync(2);

        Assert.Equal(0, h.Rest.Count("GET", "/api/v10/gateway/bot"));
    }

    [Fact]
    public async Task InteractionCreate_AnsweredThroughTheCallbackEndpoint()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync();
        var series = TestBot.Knowledge.Series("kr-imports-from-japan")!;

        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Command("stats", "5001", ("metric", "kr-imports-from-japan"), ("year", 2011)));
        var callback = await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path.Contains("/interactions/", StringComparison.Ordinal));

        Assert.Equal("/api/v10/interactions/5001/tok-5001/callback", callback.Path);
        var body = JsonDocument.Parse(callback.Body).RootElement;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Empty(body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Contains(series.Unit.Format(series.ForYear(2011)!.Value), string.Join('\n', InteractionJson.Strings(body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCreate_AutocompleteAnsweredThroughTheCallbackEndpoint()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync();

        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Autocomplete("faq", "topic", "gsomia", id: "5002"));
        var callback = await h.Rest.WaitForAsync(r => r.Path.Contains("/interactions/5002/", StringComparison.Ordinal));

        var body = JsonDocument.Parse(callback.Body).RootElement;
        Assert.Equal(8, body.GetProperty("type").GetInt32());
        Assert.Contains(body.GetProperty("data").GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString() == "gsomia");
    }
}
