using Bot.Adapters.Common.Charts;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Slack.Tests.Handling;

/// <summary>A mention whose answer has a chart gets the PNG in the same thread, after the answer, when the host registers a chart source.</summary>
public sealed class MentionChartTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private readonly TempDatabase _db = new();
    private readonly List<ChartRequest> _requests = [];
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, configure: services =>
            services.AddSingleton<IChartRenderer>(new FakeCharts((request, _) =>
            {
                lock (_requests)
                {
                    _requests.Add(request);
                }

                return Png;
            })));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    [Fact]
    public async Task Mention_WithChart_PostsAnswerThenUploadsIntoTheSameThread()
    {
        await _app.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> korean visitors to japan 2015-2025", ts: "1764235800.000100"));

        var complete = Assert.Single(await _slack.WaitForAsync("files.completeUploadExternal"));
        var post = Assert.Single(_slack.Calls("chat.postMessage"));
        var calls = _slack.Calls();
        Assert.True(calls.ToList().IndexOf(post) < calls.ToList().IndexOf(Assert.Single(_slack.Calls("files.getUploadURLExternal"))));
        Assert.Equal("C1", post.Str("channel"));
        Assert.Equal("1764235800.000100", post.Str("thread_ts"));
        Assert.Equal("C1", complete.Str("channel_id"));
        Assert.Equal("1764235800.000100", complete.Str("thread_ts"));
        Assert.Equal(Png, Assert.Single(_slack.Uploads).Value);
        var request = Assert.Single(_requests);
        Assert.Equal(2015, request.FromYear);
        Assert.Equal(2025, request.ToYear);
    }

    [Fact]
    public async Task Mention_WithoutChart_MakesNoUploadCall()
    {
        await _app.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> what is gsomia", ts: "1764235800.000100"));
        // One worker answers in order: once the sentinel is answered, the first mention's work is over.
        await _app.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> what is gsomia", ts: "1764235800.000200"));

        await _slack.WaitForAsync("chat.postMessage", 2);

        Assert.Empty(_slack.Calls("files.getUploadURLExternal"));
        Assert.Empty(_slack.Calls("files.completeUploadExternal"));
        Assert.Empty(_requests);
    }

    [Fact]
    public async Task Mention_UploadRefused_StillExactlyOneAnswer()
    {
        _slack.Script("files.getUploadURLExternal", new FakeReply.OkFalse("missing_scope", "files:write"));

        await _app.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> korean visitors to japan 2015-2025", ts: "1764235800.000100"));
        await _slack.WaitForAsync("files.getUploadURLExternal");
        await _app.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> what is gsomia", ts: "1764235800.000200"));
        await _slack.WaitForAsync("chat.postMessage", 2);

        Assert.Single(_slack.Calls("chat.postMessage"), c => c.Str("thread_ts") == "1764235800.000100");
        Assert.Empty(_slack.Calls("files.completeUploadExternal"));
        Assert.Contains(_app.Logs.Entries, e => e.Message.Contains("Answer chart not attached", StringComparison.Ordinal));
    }
}
