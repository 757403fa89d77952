using System.Net;
using System.Text;
using System.Text.Json;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Tests.Http;

/// <summary>The fuzzing run's findings on the Slack endpoints, each replayed signed, as the fuzzer sent them.</summary>
public sealed class BadInputTests : SlackEndpointTests
{
    private static readonly byte[] InvalidUtf8 = [0xFF, 0xC0, 0x80];

    public static TheoryData<string, byte[]> InvalidTextEvents => new()
    {
        { "event.text invalid UTF-8", Bytes("""{"type":"event_callback","team_id":"T1","event_id":"EvF1","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":"<@UBOT> """, InvalidUtf8, "\"}}") },
        { "event.channel invalid UTF-8", Bytes("""{"type":"event_callback","team_id":"T1","event_id":"EvF2","event":{"type":"app_mention","user":"U1","ts":"1.1","text":"hi","channel":"C""", InvalidUtf8, "\"}}") },
        { "event.text lone surrogate", Bytes("""{"type":"event_callback","team_id":"T1","event_id":"EvF3","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":"x\ud800y"}}""") },
        { "outer type invalid UTF-8", Bytes("""{"type":"event_callback""", InvalidUtf8, "\"}") },
        { "outer type lone surrogate", Bytes("""{"type":"\udc00"}""") },
        { "url_verification challenge lone surrogate", Bytes("""{"type":"url_verification","challenge":"abc\ud800"}""") },
        { "property name invalid UTF-8", Bytes("""{"type":"event_callback","x""", InvalidUtf8, "\":1}") },
    };

    [Theory]
    [MemberData(nameof(InvalidTextEvents))]
    public async Task PostEvent_StringsThatAreNotText_400OneWarningNoStackTraceNothingPosted(string what, byte[] body)
    {
        var response = await App.PostSignedAsync("/slack/events", body, "application/json");
        await SentinelAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        Assert.Single(App.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Slack event refused (400)", StringComparison.Ordinal));
        Assert.DoesNotContain(App.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Theory]
    [InlineData("""{"type":"block_\ud800actions"}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"jk_feedback_up","value":"\udfff"}]}""")]
    public async Task PostInteractivity_PayloadStringsThatAreNotText_400OneWarning(string payload)
    {
        var response = await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(App.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Slack interactivity payload refused (400)", StringComparison.Ordinal));
        Assert.DoesNotContain(App.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task PostInteractivity_FeedbackValueOf100000Characters_IgnoredAndTheDatabaseStaysUsable()
    {
        var huge = new string('a', 100_000);

        var response = await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string>
        {
            ["payload"] = SlackPayloads.BlockActions("jk_feedback_up", huge, responseUrl: SlackServer.ResponseUrl("r1")),
        });
        await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string>
        {
            ["payload"] = SlackPayloads.BlockActions("jk_feedback_up", "0123456789abcdef0123456789abcdef", responseUrl: SlackServer.ResponseUrl("r2")),
        });
        await SlackServer.WaitForAsync("response_url", where: c => c.Path.EndsWith("/r2", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SlackServer.Calls("response_url"), c => c.Path.EndsWith("/r1", StringComparison.Ordinal));
        Assert.False(App.Services.GetRequiredService<LiteDbContext>().Outage.IsOpen);
        Assert.True(App.Services.GetRequiredService<LiteDbContext>().IsWritable());
        Assert.Equal((1, 0), App.Services.GetRequiredService<Bot.Core.Abstractions.IFeedbackStore>().Totals("0123456789abcdef0123456789abcdef"));
    }

    [Fact]
    public async Task PostInteractivity_BlockActionsWithAThousandActions_OnlyTheFirstIsHandledAndTheQueueStaysFree()
    {
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, new Dictionary<string, string?> { ["Slack:QueueCapacity"] = "5" });
        var actions = Enumerable.Range(0, 1000).Select(i => new
        {
            action_id = "jk_feedback_up", block_id = "jk_actions", value = $"{i:D32}", type = "button", action_ts = "1764235801.000000",
        });
        var payload = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "block_actions",
            ["team"] = new { id = FakeSlackServer.TeamId },
            ["user"] = new { id = "U123", username = "someone" },
            ["channel"] = new { id = "C1" },
            ["response_url"] = SlackServer.ResponseUrl("thanks"),
            ["actions"] = actions,
        });

        var clicked = await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload });
        var mention = await App.PostEventAsync(SlackPayloads.Mention("EvAfter", "<@UBOT> what is GSOMIA?", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        var feedback = App.Services.GetRequiredService<Bot.Core.Abstractions.IFeedbackStore>();
        Assert.Equal((1, 0), feedback.Totals($"{0:D32}"));
        Assert.Equal((0, 0), feedback.Totals($"{1:D32}"));
        Assert.Single(SlackServer.Calls("response_url"));
    }

    [Fact]
    public async Task SocketModeEnvelope_PayloadStringsThatAreNotText_AcknowledgedIgnoredOneWarning()
    {
        var dispatcher = App.Services.GetRequiredService<Bot.Adapters.Slack.Inbound.SocketMode.SocketModeDispatcher>();
        using var envelope = JsonDocument.Parse("""{"envelope_id":"env-1","type":"events_api","payload":{"type":"event_callback","event":{"type":"app_mention","text":"\ud800"}}}""");

        var ack = await dispatcher.HandleAsync(envelope.RootElement, CancellationToken.None);
        await SentinelAsync();

        Assert.Equal("""{"envelope_id":"env-1"}""", ack!.ToJsonString());
        Assert.Single(App.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Slack Socket Mode envelope ignored", StringComparison.Ordinal));
        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    private async Task SentinelAsync()
    {
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im", ts: "1764239000.000900"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");
    }

    private static byte[] Bytes(string head, byte[]? middle = null, string tail = "") =>
        [.. Encoding.UTF8.GetBytes(head), .. middle ?? [], .. Encoding.UTF8.GetBytes(tail)];
}
