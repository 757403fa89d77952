using Bot.Adapters.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Tests.WebApi;

/// <summary>Longer fault sequences: a storm of 429s before Slack takes the message, and a failure that outlasts every retry.</summary>
public sealed partial class SlackApiClientTests
{
    [Fact]
    public async Task PostMessage_ThreeRateLimitsInARowThenOk_EachRetryAfterHonouredAndPostedOnce()
    {
        _slack.Script("chat.postMessage", new FakeReply.RateLimited(5), new FakeReply.RateLimited(5), new FakeReply.RateLimited(5));
        var client = Client();

        var posting = client.PostMessageAsync("C1", "1.2", Message, CancellationToken.None);
        var callsWhileWaiting = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
            callsWhileWaiting.Add(_slack.Calls("chat.postMessage").Count);
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        var result = await posting.Within();

        // Each retry only after its Retry-After had passed on the clock; three refusals and one accepted post.
        Assert.Equal([1, 2, 3], callsWhileWaiting);
        Assert.True(result.Ok);
        Assert.Equal(4, _slack.Calls("chat.postMessage").Count);
        Assert.Equal(3, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("rate-limited", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostMessage_ServerErrorOnEveryAttempt_GivesUpThenTheNextPostGoesStraightThrough()
    {
        _slack.Script("chat.postMessage", new FakeReply.Status(500), new FakeReply.Status(500), new FakeReply.Status(500));
        var client = Client(maxRetries: 2);

        var failed = await client.PostMessageAsync("C1", null, Message, CancellationToken.None).Within();
        var attempts = _slack.Calls("chat.postMessage").Count;
        var next = await client.PostMessageAsync("C1", null, Message, CancellationToken.None).Within();

        Assert.False(failed.Ok);
        Assert.Equal(3, attempts);
        Assert.True(_logs.Contains(LogLevel.Error, "Slack chat.postMessage failed: http_500"));
        Assert.True(next.Ok);
        Assert.Equal(4, _slack.Calls("chat.postMessage").Count);
    }
}
