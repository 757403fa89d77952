using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Handling;

/// <summary>A notice meant for the asker alone (question too long, slow down) is shown only to them, not posted in the thread.</summary>
public sealed class MentionForAskerOnlyTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, _db.Path);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    [Fact]
    public async Task Mention_QuestionOverTheLimit_EphemeralToTheAskerInTheThread_NothingPostedToTheChannel()
    {
        var tooLong = "<@UBOT> what is gsomia? " + new string('x', 1200);

        await _app.PostEventAsync(SlackPayloads.Mention("Ev1", tooLong, user: "U777", ts: "1764235800.000100"));
        var notice = Assert.Single(await _slack.WaitForAsync("chat.postEphemeral"));
        // One worker answers in order: once the sentinel is posted, the first mention's work is over.
        await _app.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> what is gsomia", ts: "1764235800.000200"));
        var post = Assert.Single(await _slack.WaitForAsync("chat.postMessage"));

        Assert.Equal("U777", notice.Str("user"));
        Assert.Equal("C1", notice.Str("channel"));
        Assert.Equal("1764235800.000100", notice.Str("thread_ts"));
        Assert.Contains("1,000 characters", notice.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("1764235800.000200", post.Str("thread_ts"));
    }
}
