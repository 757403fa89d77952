using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Slack.Tests.Conversations;

/// <summary>
/// The bot's own words around a /jk answer follow the asker's language: the buttons under a Korean or Japanese answer, the
/// thanks for a vote on it, and the "not in this channel" refusal.
/// </summary>
public sealed class AskerLanguageRepliesTests : SlackEndpointTests
{
    private const string Admin = "UADMIN";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Admin };

    [Theory]
    [InlineData("지소미아가 뭐예요?", "ko")]
    [InlineData("GSOMIAとは何ですか？", "ja")]
    [InlineData("What is GSOMIA?", "en")]
    public async Task Answer_ButtonsAndTheVotesThanks_InTheAnswersLanguage(string question, string code)
    {
        var t = AnswerTemplates.For(Langs.FromLocale(code)!.Value);

        var reply = await CommandAsync(question);

        var buttons = Buttons(reply).ToDictionary(b => b["action_id"]!.GetValue<string>(), b => b);
        Assert.Equal(t.HelpfulButton, buttons[ActionIds.Helpful]["text"]!["text"]!.GetValue<string>());
        Assert.Equal(t.NotHelpfulButton, buttons[ActionIds.NotHelpful]["text"]!["text"]!.GetValue<string>());
        Assert.Equal(t.ShareButton, buttons[ActionIds.Share]["text"]!["text"]!.GetValue<string>());

        var url = SlackServer.ResponseUrl("vote");
        await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string>
        {
            ["payload"] = SlackPayloads.BlockActions(ActionIds.Helpful, buttons[ActionIds.Helpful]["value"]!.GetValue<string>(), "U1", url),
        });
        var thanks = Assert.Single(await SlackServer.WaitForAsync("response_url"));

        Assert.Contains(thanks.AllStrings(), s => s.Contains(t.FeedbackThanks, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("독도 문제는 왜 다투나요?", "ko")]
    [InlineData("竹島をめぐって何が争われているの？", "ja")]
    public async Task NotInThisChannel_SaidInTheQuestionsLanguage(string question, string code)
    {
        await CommandAsync("config answer-in listed");

        var refused = await CommandAsync(question);

        var text = string.Join('\n', Strings(refused));
        Assert.Contains(AnswerTemplates.For(Langs.FromLocale(code)!.Value).NotInThisChannel, text, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishTemplates.Text.NotInThisChannel, text, StringComparison.Ordinal);
    }

    private async Task<JsonObject> CommandAsync(string text)
    {
        var fields = SlackPayloads.Command(text);
        fields["user_id"] = Admin;
        var response = await App.PostFormAsync("/slack/commands", fields);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static IEnumerable<JsonObject> Buttons(JsonObject reply) =>
        reply["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    private static IEnumerable<string> Strings(JsonObject reply)
    {
        using var document = JsonDocument.Parse(reply.ToJsonString());
        return [.. new RecordedCall("reply", null, null, document.RootElement.Clone(), "").AllStrings()];
    }
}
