using System.Net;
using System.Net.WebSockets;
using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Shutdown;

/// <summary>
/// Stopping the host (SIGTERM, a deploy) while Slack work is in flight: Slack will not redeliver an event it already got
/// an ack for, so every acknowledged mention must still be answered before the process goes (bounded by the host's
/// shutdown timeout), and the Socket Mode WebSocket must end with a close frame, not a dropped connection.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
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

    [Fact]
    public async Task StopAsync_MentionBeingAnsweredAndOneQueued_BothAnswersPostedBeforeTheHostStops()
    {
        // The first answer is held mid-way (its 👀 reaction call does not return until released); with one worker the
        // second acknowledged mention waits in the queue behind it.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.Script("reactions.add", new FakeReply.Held(release.Task));
        _app = await SlackTestApp.StartAsync(_slack, _db.Path);
        using var first = await _app.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> korea imports from japan 2011", ts: "1764235800.000100"));
        using var second = await _app.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> what is GSOMIA", ts: "1764235801.000100"));
        await _slack.WaitForAsync("reactions.add");

        var stopping = _app.StopAsync();
        // Released only once the work queue itself is stopping (Kestrel has stopped before it), so the rest of both answers
        // (routing, chat.postMessage) has to happen during the stop.
        await _app.Logs.WaitForAsync(e => e.Message.StartsWith("Slack work queue stopping", StringComparison.Ordinal)).Within();
        var stoppedBeforeRelease = stopping.IsCompleted;
        release.SetResult();
        await stopping.Within();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(stoppedBeforeRelease);
        var posts = _slack.Calls("chat.postMessage");
        Assert.Equal(["1764235800.000100", "1764235801.000100"], posts.Select(p => p.Str("thread_ts")));
        Assert.Contains(posts[1].AllStrings(), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopAsync_SocketModeConnected_ClosesWithNormalClosureFrame()
    {
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "SocketMode",
            ["Slack:AppToken"] = "xapp-test-token",
            ["Slack:SigningSecret"] = null,
        });
        var socket = await _slack.NextSocketAsync();
        await socket.SendHelloAsync();
        // "Connected" means the client has read the hello: stopping before that stops a connection still being opened.
        await _app.Logs.WaitForAsync(e => e.Message.Contains("ready", StringComparison.Ordinal) && e.Message.Contains("Socket Mode", StringComparison.Ordinal)).Within();

        await _app.StopAsync().Within();
        await socket.Closed.Within();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Contains($"close:{socket.Id}", _slack.SocketLog);
        Assert.DoesNotContain($"broken:{socket.Id}", _slack.SocketLog);
    }
}
