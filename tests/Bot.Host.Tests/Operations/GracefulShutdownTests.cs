using System.Net;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Operations;

/// <summary>
/// SIGTERM to a real <c>serve</c> while acknowledged Slack mentions are still queued and in flight (Slack is slow here):
/// every one is still answered exactly once, the process exits 0, and the query log written behind is all in the file.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const string SigningSecret = "shutdown-test-signing-secret";
    private const int Mentions = 8;

    [Fact]
    public async Task Sigterm_WithMentionsQueuedAndInFlight_AnswersEachOnceFlushesTheLogAndExits0()
    {
        using var temp = new TempFolder();
        await using var slack = await FakeApi.StartAsync();
        // A slow Slack: each post takes 400 ms to answer.
        slack.Respond = r => r.Path.EndsWith("/chat.postMessage", StringComparison.Ordinal)
            ? FakeApi.SlackIdentity with { Delay = TimeSpan.FromMilliseconds(400) }
            : FakeApi.SlackIdentity;
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-test",
            ["Slack__ApiBaseUrl"] = slack.SlackApiBaseUrl,
            ["Slack__ReactWhileWorking"] = "false",
            ["Throttle__PerUserPerMinute"] = "0",
            ["Throttle__PerChannelPerMinute"] = "0",
        });

        for (var i = 0; i < Mentions; i++)
        {
            // A channel each: Slack's one-message-per-second pacing per channel is not what is tested here.
            using var ack = await SlackEvents.PostAsync(serve,
                SlackEvents.Mention($"EvStop{i}", "what is gsomia", ts: $"1764235800.00010{i}", channel: $"C{i}"), SigningSecret);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        // 4 workers, 400 ms per post: at this point most answers are queued or waiting on Slack.
        var postedBeforeStop = slack.Methods.Count(m => m == "chat.postMessage");
        var (exitCode, stderr) = await serve.StopAsync();

        Assert.True(postedBeforeStop < Mentions, $"all {postedBeforeStop} answers were posted before the stop: nothing was in flight to test");
        Assert.True(exitCode == 0, stderr);
        Assert.Equal(Mentions, slack.Methods.Count(m => m == "chat.postMessage"));
        var logged = QueryLogFile.Entries(temp.DatabasePath);
        Assert.Equal(Mentions, logged.Count(e => e.Platform == "slack"));
    }
}
