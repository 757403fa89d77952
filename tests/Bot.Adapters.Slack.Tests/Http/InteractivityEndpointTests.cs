using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Slack.Tests.Http;

public sealed class InteractivityEndpointTests : SlackEndpointTests
{
    private Task<HttpResponseMessage> ClickAsync(string payload) =>
        App.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload });

    private IFeedbackStore Feedback => App.Services.GetRequiredService<IFeedbackStore>();

    /// <summary>Asks /jk inline and returns the share button's value, as Slack would send it back on a click.</summary>
    private async Task<string> AskAndGetShareValueAsync(string question)
    {
        var response = await App.PostFormAsync("/slack/commands", SlackPayloads.Command(question));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var actions = json.RootElement.GetProperty("blocks").EnumerateArray().Last();
        return actions.GetProperty("elements").EnumerateArray()
            .Single(e => e.GetProperty("action_id").GetString() == ActionIds.Share).GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task Post_Unsigned_401()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = SlackPayloads.BlockActions(ActionIds.Helpful, "Ev1") });

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client.PostAsync("/slack/interactivity", content)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("payload=")]
    [InlineData("payload=%7Bnot-json")]
    [InlineData("other=1")]
    public async Task Post_MissingOrMalformedPayload_400(string body)
    {
        var response = await App.PostSignedAsync("/slack/interactivity", body, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"view_submission"}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"someone_elses_button","value":"x"}]}""")]
    [InlineData("""{"type":"block_actions"}""")]
    [InlineData("""[]""")]
    public async Task Post_UnknownPayloads_200AndIgnored(string payload)
    {
        Assert.Equal(HttpStatusCode.OK, (await ClickAsync(payload)).StatusCode);
    }

    [Fact]
    public async Task Post_FeedbackVotes_StoredLastVotePerUserWins()
    {
        var url = SlackServer.ResponseUrl("fb");
        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Helpful, "Ev1", "U1", url));
        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Helpful, "Ev1", "U2", url));
        await ClickAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "Ev1", "U1", url));

        var thanks = await SlackServer.WaitForAsync("response_url", 3);

        Assert.Equal((1, 1), Feedback.Totals("Ev1"));
        Assert.All(thanks, t =>
        {
            Assert.Equal("ephemeral", t.Str("response_type"));
            Assert.False(t.Body.GetProperty("replace_original").GetBoolean());
        });
        Assert.Contains(thanks[0].AllStrings(), s => s.Contains(SlackReplies.FeedbackThanks, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ShareInChannel_PostsTheAnswerInChannelOnce()
    {
        var share = await AskAndGetShareValueAsync("stats imports 2011");

        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Share, share, responseUrl: SlackServer.ResponseUrl("s1")));
        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Share, share, responseUrl: SlackServer.ResponseUrl("s2")));
        var replies = await SlackServer.WaitForAsync("response_url", 2);

        var shared = Assert.Single(replies, r => r.Path == "/response/s1");
        Assert.Equal("in_channel", shared.Str("response_type"));
        Assert.Contains(shared.AllStrings(), s => s.Contains("68.3", StringComparison.Ordinal));
        Assert.DoesNotContain(shared.AllStrings(), s => s == ActionIds.Share);
        var again = Assert.Single(replies, r => r.Path == "/response/s2");
        Assert.Equal("ephemeral", again.Str("response_type"));
        Assert.Contains(again.AllStrings(), s => s.Contains(SlackReplies.AlreadyShared, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ShareAfterRestart_RebuildsTheAnswerFromTheQuestion()
    {
        var share = await AskAndGetShareValueAsync("stats imports 2011");
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path);

        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Share, share, responseUrl: SlackServer.ResponseUrl("s1")));
        var shared = (await SlackServer.WaitForAsync("response_url")).Single();

        Assert.Equal("in_channel", shared.Str("response_type"));
        Assert.Contains(shared.AllStrings(), s => s.Contains("68.3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ShareWithoutResponseUrl_PostsToTheChannel()
    {
        var share = await AskAndGetShareValueAsync("what is GSOMIA?");

        await ClickAsync(SlackPayloads.BlockActions(ActionIds.Share, share));
        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();

        Assert.Equal("C1", post.Str("channel"));
        Assert.Null(post.Str("thread_ts"));
    }
}
