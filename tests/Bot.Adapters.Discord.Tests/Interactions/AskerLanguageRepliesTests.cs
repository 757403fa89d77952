using System.Text.Json;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Answers.Templates;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// The bot's own words around an answer follow the asker's language over the interactions endpoint: the buttons under a Korean or
/// Japanese answer, what a click on them says, and the "not in this channel" refusal.
/// </summary>
public sealed class AskerLanguageRepliesTests : IAsyncLifetime
{
    private readonly EndpointFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string, string> Questions => new()
    {
        { "지소미아가 뭐예요?", "ko" },
        { "GSOMIAとは何ですか？", "ja" },
        { "What is GSOMIA?", "en" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Answer_ButtonsAndWhatTheySay_InTheAnswersLanguage(string question, string code)
    {
        var t = AnswerTemplates.For(Bot.Core.Knowledge.Langs.FromLocale(code)!.Value);

        var answer = await _app.Client.InteractAsync(InteractionJson.Command("ask", "9001", ("question", question)));

        var buttons = Buttons(answer).ToList();
        var sources = Assert.Single(buttons, b => b.GetProperty("custom_id").GetString()!.StartsWith("src:", StringComparison.Ordinal));
        Assert.Equal(t.SourcesLabel, sources.GetProperty("label").GetString());
        var up = buttons.Single(b => b.GetProperty("custom_id").GetString()!.StartsWith("fb:up:", StringComparison.Ordinal)).GetProperty("custom_id").GetString()!;

        var voted = await _app.Client.InteractAsync(InteractionJson.Component(up, "9002"));
        var listed = await _app.Client.InteractAsync(InteractionJson.Component(sources.GetProperty("custom_id").GetString()!, "9003"));

        Assert.Equal(t.VoteThanks.Helpful, voted.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(t.SourcesLabel, listed.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ko")]
    [InlineData("en-US")]
    public async Task RetiredButton_NoAnswerBehindIt_TheClickersLocaleDecides(string locale)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(InteractionJson.Component("retired:button", "9101"))!.AsObject();
        json["locale"] = locale;

        var reply = await _app.Client.InteractAsync(json.ToJsonString());

        Assert.Equal(AnswerTemplates.For(Bot.Core.Knowledge.Langs.FromLocale(locale)!.Value).ButtonExpired, reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("독도 문제는 왜 다투나요?", "ko")]
    [InlineData("竹島をめぐって何が争われているの？", "ja")]
    [InlineData("Why do they argue about Dokdo?", "en")]
    public async Task NotInThisChannel_SaidInTheQuestionsLanguage(string question, string code)
    {
        await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "9201", "32", ("setting", "answer-in"), ("value", "listed")));

        var refused = await _app.Client.InteractAsync(InteractionJson.Command("ask", "9202", ("question", question)));

        Assert.Equal(AnswerTemplates.For(Bot.Core.Knowledge.Langs.FromLocale(code)!.Value).NotInThisChannel,
            refused.GetProperty("data").GetProperty("content").GetString());
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement response) =>
        response.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Where(b => b.TryGetProperty("custom_id", out _));
}
