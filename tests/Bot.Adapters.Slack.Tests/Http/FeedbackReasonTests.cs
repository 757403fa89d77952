using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Slack.Tests.Http;

/// <summary>
/// 👎 → "why?" on Slack through the running endpoints, with the real LiteDB store: the ephemeral static_select, "other" → views.open
/// (seen by the fake Slack) → view_submission, asking once, a vanished vote and the 300-character cut.
/// </summary>
public sealed class FeedbackReasonTests : SlackEndpointTests
{
    private Task<HttpResponseMessage> PostAsync(string payload) =>
        App.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload });

    private IFeedbackStore Feedback => App.Services.GetRequiredService<IFeedbackStore>();

    private IReadOnlyList<FeedbackRecord> Stored(string answerId) => [.. Feedback.Since(DateTimeOffset.UnixEpoch).Where(r => r.AnswerId == answerId)];

    private async Task<RecordedCall> ReplyAtAsync(string id) =>
        (await SlackServer.WaitForAsync("response_url", 1, c => c.Path == "/response/" + id)).Single();

    private static JsonElement? ReasonSelect(RecordedCall call) =>
        call.Body.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Cast<JsonElement?>()
            .FirstOrDefault(e => e!.Value.GetProperty("action_id").GetString() == ActionIds.Reason);

    [Fact]
    public async Task Down_EphemeralSelect_ChoosingStoresTheReasonAndReplacesThePrompt()
    {
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A1", "U1", SlackServer.ResponseUrl("p1")));
        var prompt = await ReplyAtAsync("p1");

        Assert.Equal("ephemeral", prompt.Str("response_type"));
        Assert.False(prompt.Body.GetProperty("replace_original").GetBoolean());
        var select = ReasonSelect(prompt)!.Value;
        Assert.Equal("static_select", select.GetProperty("type").GetString());
        Assert.Equal(["wrong", "outdated", "not-neutral", "didnt-answer", "other"], select.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.Contains(prompt.Body.GetProperty("blocks").EnumerateArray(), b => b.TryGetProperty("block_id", out var id) && id.GetString() == "jk_why:en:A1");
        Assert.Contains(prompt.AllStrings(), s => s.Contains(SlackReplies.FeedbackThanks, StringComparison.Ordinal));

        var response = await PostAsync(SlackPayloads.ReasonSelect("jk_why:en:A1", "wrong", "U1", SlackServer.ResponseUrl("p2")));
        var thanks = await ReplyAtAsync("p2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(thanks.Body.GetProperty("replace_original").GetBoolean());
        Assert.Equal("ephemeral", thanks.Str("response_type"));
        Assert.Contains(thanks.AllStrings(), s => s.Contains("It's wrong", StringComparison.Ordinal));
        var vote = Assert.Single(Stored("A1"));
        Assert.False(vote.Helpful);
        Assert.Equal("wrong", vote.Reason);
    }

    [Fact]
    public async Task Other_ViewsOpenThenViewSubmission_StoresTheText()
    {
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A2", "U1", SlackServer.ResponseUrl("p1")));
        await ReplyAtAsync("p1");

        await PostAsync(SlackPayloads.ReasonSelect("jk_why:en:A2", "other", "U1", SlackServer.ResponseUrl("p2"), triggerId: "trig-42"));
        var open = (await SlackServer.WaitForAsync("views.open")).Single();

        Assert.Equal("Bearer xoxb-test-token", open.Authorization);
        Assert.Equal("trig-42", open.Str("trigger_id"));
        var view = open.Body.GetProperty("view");
        Assert.Equal("modal", view.GetProperty("type").GetString());
        Assert.Equal(ActionIds.ReasonModal, view.GetProperty("callback_id").GetString());
        Assert.InRange(view.GetProperty("title").GetProperty("text").GetString()!.Length, 1, 24);
        var input = view.GetProperty("blocks")[0].GetProperty("element");
        Assert.Equal("plain_text_input", input.GetProperty("type").GetString());
        Assert.Equal(300, input.GetProperty("max_length").GetInt32());
        Assert.Equal("other", Assert.Single(Stored("A2")).Reason);

        var response = await PostAsync(SlackPayloads.ReasonSubmission(view.GetProperty("private_metadata").GetString()!, "It leaves out the 2023 summit.", "U1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("update", json.RootElement.GetProperty("response_action").GetString());
        Assert.Contains("It leaves out the 2023 summit.", json.RootElement.GetProperty("view").GetRawText(), StringComparison.Ordinal);
        var vote = Assert.Single(Stored("A2"));
        Assert.Equal("other", vote.Reason);
        Assert.Equal("It leaves out the 2023 summit.", vote.Text);

        // The prompt (where the select was) is replaced by the thanks too.
        var replaced = await ReplyAtAsync("p2");
        Assert.True(replaced.Body.GetProperty("replace_original").GetBoolean());
        Assert.Contains(replaced.AllStrings(), t => t.Contains("It leaves out the 2023 summit.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondDown_DoesNotAskAgain()
    {
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A3", "U1", SlackServer.ResponseUrl("p1")));
        var first = await ReplyAtAsync("p1");
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A3", "U1", SlackServer.ResponseUrl("p2")));
        var second = await ReplyAtAsync("p2");

        Assert.NotNull(ReasonSelect(first));
        Assert.Null(ReasonSelect(second));
        Assert.Contains(second.AllStrings(), s => s.Contains(SlackReplies.FeedbackThanks, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submission_301Characters_TruncatedTo300AndEchoEscaped()
    {
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A4", "U1", SlackServer.ResponseUrl("p1")));
        await ReplyAtAsync("p1");
        var metadata = new ReasonContext("A4", Bot.Core.Knowledge.Lang.En, null).Encode();
        var text = "<!channel> @here \u0007" + new string('w', 301);

        var response = await PostAsync(SlackPayloads.ReasonSubmission(metadata, text, "U1"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var echoed = string.Join('\n', Strings(json.RootElement));
        Assert.DoesNotContain("<!channel>", echoed, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", echoed, StringComparison.Ordinal);
        Assert.All(json.RootElement.GetProperty("view").GetProperty("blocks").EnumerateArray(), b => Assert.True(b.GetProperty("text").GetProperty("verbatim").GetBoolean()));
        var stored = Assert.Single(Stored("A4")).Text!;
        Assert.Equal(300, stored.Length);
        Assert.DoesNotContain(stored, char.IsControl);
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [Fact]
    public async Task Submission_NoSuchVote_ClearMessageNot500()
    {
        var metadata = new ReasonContext("A5", Bot.Core.Knowledge.Lang.En, null).Encode();

        var response = await PostAsync(SlackPayloads.ReasonSubmission(metadata, "hello", "U1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That vote is no longer there", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Stored("A5"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"a":"","l":"en"}""")]
    [InlineData("""{"a":"A6","l":"fr"}""")]
    public async Task Submission_GarbageMetadata_ClearMessageNot500(string metadata)
    {
        var response = await PostAsync(SlackPayloads.ReasonSubmission(metadata, "hello", "U1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no longer there", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_VoteChangedToUp_SaysSoAndTheNextDownAsksAgain()
    {
        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A7", "U1", SlackServer.ResponseUrl("p1")));
        await ReplyAtAsync("p1");
        await PostAsync(SlackPayloads.BlockActions(ActionIds.Helpful, "A7", "U1", SlackServer.ResponseUrl("p2")));
        await ReplyAtAsync("p2");

        await PostAsync(SlackPayloads.ReasonSelect("jk_why:en:A7", "outdated", "U1", SlackServer.ResponseUrl("p3")));
        var gone = await ReplyAtAsync("p3");

        Assert.Contains(gone.AllStrings(), s => s.Contains("That vote is no longer there — click 👎 again", StringComparison.Ordinal));
        Assert.True(Assert.Single(Stored("A7")).Helpful);

        await PostAsync(SlackPayloads.BlockActions(ActionIds.NotHelpful, "A7", "U1", SlackServer.ResponseUrl("p4")));
        Assert.NotNull(ReasonSelect(await ReplyAtAsync("p4")));
    }

    [Fact]
    public async Task Submission_Unsigned_401()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = SlackPayloads.ReasonSubmission(new ReasonContext("A8", Bot.Core.Knowledge.Lang.En, null).Encode(), "forged"),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client.PostAsync("/slack/interactivity", content)).StatusCode);
    }
}
