using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Http;

public sealed class CommandsEndpointTests : SlackEndpointTests
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string AllText(JsonElement json) => json.GetRawText();

    [Fact]
    public async Task Post_SlackDocumentedVectorWithClockAtItsTimestamp_Accepted()
    {
        // protocols.md section E: Slack's own example request, verified with our clock set to its timestamp.
        const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, time: new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));

        var accepted = await App.PostSignedAsync("/slack/commands", Body, "application/x-www-form-urlencoded", 1531420618, Signature);
        var tampered = await App.PostSignedAsync("/slack/commands", Body + "x", "application/x-www-form-urlencoded", 1531420618, Signature);
        App.Time.Advance(TimeSpan.FromSeconds(301));
        var replayed = await App.PostSignedAsync("/slack/commands", Body, "application/x-www-form-urlencoded", 1531420618, Signature);

        // Accepted, and answered as a command that is not ours (the vector's is /webhook-collect): nothing posted anywhere.
        Assert.Contains("/jk", AllText(await JsonAsync(accepted)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.All(SlackServer.Calls(), c => Assert.Equal("auth.test", c.Method));
    }

    [Fact]
    public async Task Post_Unsigned_401()
    {
        using var content = new FormUrlEncodedContent(SlackPayloads.Command("what is GSOMIA?"));

        var response = await App.Client.PostAsync("/slack/commands", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SslCheck_200AndNothingElse()
    {
        var response = await App.PostFormAsync("/slack/commands", new Dictionary<string, string> { ["ssl_check"] = "1", ["token"] = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text=hello")]
    [InlineData("")]
    [InlineData("%%%&&&===")]
    public async Task Post_FormWithoutCommandFields_400(string body)
    {
        var response = await App.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task Post_EmptyOrHelp_EphemeralUsage(string text)
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command(text)));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("/jk stats imports 2011", AllText(json), StringComparison.Ordinal);
        Assert.Contains("/jk reload", AllText(json), StringComparison.Ordinal);
        BlockKitAssert.WithinLimits(System.Text.Json.Nodes.JsonNode.Parse(json.GetRawText())!.AsObject());
    }

    [Fact]
    public async Task Post_StatsSubcommand_AnswersInlineAsEphemeralBlocksWithShareButton()
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command("stats imports 2011")));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("68.3", AllText(json), StringComparison.Ordinal);
        Assert.Contains(Slack.Rendering.ActionIds.Share, AllText(json), StringComparison.Ordinal);
        Assert.Empty(SlackServer.Calls("chat.postMessage"));
        BlockKitAssert.WithinLimits(System.Text.Json.Nodes.JsonNode.Parse(json.GetRawText())!.AsObject());
    }

    [Theory]
    [InlineData("timeline 2019", "2019")]
    [InlineData("faq dokdo", "Dokdo")]
    [InlineData("when was the 1965 treaty signed?", "1965")]
    [InlineData("about", "statistics series")]
    public async Task Post_SubcommandsAndFreeText_AnsweredLikeTypedQuestions(string text, string expected)
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command(text)));

        Assert.Contains(expected, AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SubcommandWithoutText_Hint()
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command("stats")));

        Assert.Contains("Which figure?", AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DigestSubscribe_NotAnAdmin_FriendlyRefusal()
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command("digest subscribe")));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("only the bot's Slack admins", AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OtherCommand_EphemeralPointerToOurs()
    {
        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command("hi", command: "/weather")));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("/jk", AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameTriggerTwice_SecondGetsAnEmpty200()
    {
        var command = SlackPayloads.Command("what is GSOMIA?", triggerId: "trigger-1");

        var first = await App.PostFormAsync("/slack/commands", command);
        var second = await App.PostFormAsync("/slack/commands", command);

        Assert.Contains("GSOMIA", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_NoInlineBudget_AcksWorkingThenAnswersOnResponseUrl()
    {
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, new Dictionary<string, string?> { ["Slack:InlineAnswerBudget"] = "00:00:00" });

        var json = await JsonAsync(await App.PostFormAsync("/slack/commands", SlackPayloads.Command("stats imports 2011", SlackServer.ResponseUrl("cmd1"))));
        var followUp = (await SlackServer.WaitForAsync("response_url")).Single();

        Assert.Contains(SlackReplies.Working, AllText(json), StringComparison.Ordinal);
        Assert.Equal("/response/cmd1", followUp.Path);
        Assert.Equal("ephemeral", followUp.Str("response_type"));
        Assert.True(followUp.Body.GetProperty("replace_original").GetBoolean());
        Assert.Contains(followUp.AllStrings(), s => s.Contains("68.3", StringComparison.Ordinal));
        Assert.Null(followUp.Authorization);
    }

    [Fact]
    public async Task Post_QuestionWithChannelPing_ReplyStaysInert()
    {
        var response = await App.PostFormAsync("/slack/commands", SlackPayloads.Command("<!channel> &lt;!here&gt; <@U1> what is gsomia"));
        var json = await JsonAsync(response);

        Assert.All(Strings(json), s =>
        {
            Assert.DoesNotContain("<!", s, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", s, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
