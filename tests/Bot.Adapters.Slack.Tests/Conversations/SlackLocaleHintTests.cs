using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Answers.Templates;

namespace Bot.Adapters.Slack.Tests.Conversations;

/// <summary>
/// Slack's user locale (users.info with include_locale=true, asked of the fake Slack server) hints the answer language when the
/// question's words don't decide it: after the words and the channel's default, before English; asked once per user.
/// </summary>
public sealed class SlackLocaleHintTests : SlackEndpointTests
{
    private const string Admin = "UADMIN";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Admin };

    [Theory]
    [InlineData("ko-KR", "GSOMIA?", "ko")]
    [InlineData("ja-JP", "GSOMIA?", "ja")]
    [InlineData("ko-KR", "What is GSOMIA?", "en")]
    [InlineData("en-US", "GSOMIA?", "en")]
    public async Task SlashCommand_UndecidedText_TheUsersLocaleDecides(string locale, string question, string expected)
    {
        SlackServer.UserLocales[Admin] = locale;

        var reply = await CommandAsync(question);

        Assert.Equal(AnswerTemplates.For(Bot.Core.Knowledge.Langs.FromLocale(expected)!.Value).HelpfulButton, HelpfulLabel(reply));
        var lookup = Assert.Single(SlackServer.Calls("users.info"));
        Assert.Equal(Admin, lookup.Str("user"));
        Assert.Equal("true", lookup.Str("include_locale"));
    }

    [Fact]
    public async Task SlashCommand_TwoQuestions_LocaleAskedOnce()
    {
        SlackServer.UserLocales[Admin] = "ja-JP";

        await CommandAsync("GSOMIA?");
        var second = await CommandAsync("1965?");

        Assert.Single(SlackServer.Calls("users.info"));
        Assert.Equal(JapaneseTemplates.Text.HelpfulButton, HelpfulLabel(second));
    }

    [Fact]
    public async Task SlashCommand_ChannelDefault_ComesBeforeTheLocale()
    {
        SlackServer.UserLocales[Admin] = "ja-JP";
        await CommandAsync("config language ko");

        var reply = await CommandAsync("GSOMIA?");

        Assert.Equal(KoreanTemplates.Text.HelpfulButton, HelpfulLabel(reply));
    }

    [Fact]
    public async Task SlashCommand_UsersInfoRefused_EnglishAndNotAskedAgain()
    {
        SlackServer.UserLocales[Admin] = "ko-KR";
        SlackServer.Script("users.info", new FakeReply.OkFalse("missing_scope", "users:read"));

        var first = await CommandAsync("GSOMIA?");
        var second = await CommandAsync("GSOMIA?");

        Assert.Equal(EnglishTemplates.Text.HelpfulButton, HelpfulLabel(first));
        Assert.Equal(EnglishTemplates.Text.HelpfulButton, HelpfulLabel(second));
        Assert.Single(SlackServer.Calls("users.info"));
    }

    [Fact]
    public async Task Mention_UndecidedText_TheUsersLocaleDecides()
    {
        SlackServer.UserLocales["U777"] = "ja-JP";

        await App.PostEventAsync(SlackPayloads.Mention("EvLocale", "<@UBOT> GSOMIA?", user: "U777"));
        var post = Assert.Single(await SlackServer.WaitForAsync("chat.postMessage"));

        var helpful = post.Body.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Single(e => e.GetProperty("action_id").GetString() == ActionIds.Helpful);
        Assert.Equal(JapaneseTemplates.Text.HelpfulButton, helpful.GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("U777", Assert.Single(SlackServer.Calls("users.info")).Str("user"));
    }

    [Fact]
    public async Task Help_ChannelDefaultThenAKnownLocale_NeverWaitsForSlack()
    {
        SlackServer.UserLocales[Admin] = "ja-JP";

        var before = Text(await CommandAsync("help"));
        await CommandAsync("GSOMIA?");
        var known = Text(await CommandAsync("help"));
        var hint = Text(await CommandAsync("stats"));
        await CommandAsync("config language ko");
        var channel = Text(await CommandAsync("help"));

        Assert.Contains("Ask me about Japan–South Korea relations", before, StringComparison.Ordinal);
        Assert.Contains("日韓関係について質問してください", known, StringComparison.Ordinal);
        Assert.Contains("どの数値ですか？", hint, StringComparison.Ordinal);
        Assert.Contains("한일 관계에 대해 물어보세요", channel, StringComparison.Ordinal);
        // Only the question asked Slack for the locale; help used what was already known.
        Assert.Single(SlackServer.Calls("users.info"));
    }

    private static string Text(JsonObject reply)
    {
        using var document = JsonDocument.Parse(reply.ToJsonString());
        return string.Join('\n', new RecordedCall("reply", null, null, document.RootElement.Clone(), "").AllStrings());
    }

    private async Task<JsonObject> CommandAsync(string text)
    {
        var fields = SlackPayloads.Command(text);
        fields["user_id"] = Admin;
        var response = await App.PostFormAsync("/slack/commands", fields);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static string HelpfulLabel(JsonObject reply) =>
        reply["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Single(b => b["action_id"]!.GetValue<string>() == ActionIds.Helpful)["text"]!["text"]!.GetValue<string>();
}
