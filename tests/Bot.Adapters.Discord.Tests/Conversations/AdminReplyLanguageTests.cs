using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Conversations;

/// <summary>
/// The admin commands' replies and the command-option errors in the admin's language (issue 13): the interaction's <c>locale</c>, then
/// <c>guild_locale</c>, then the channel's default language (<c>/config set language</c>), then English. A fresh app per test: the
/// channel default is state.
/// </summary>
public sealed class AdminReplyLanguageTests : IAsyncLifetime
{
    private readonly EndpointFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    /// <summary>Each admin reply with a phrase that only its English, Korean or Japanese wording holds.</summary>
    public static TheoryData<string, string, string, string> Replies => new()
    {
        { "config show", "Settings in", "의 설정:", "の設定：" },
        { "config bad value", "is not a value of threads", "쓸 수 있는 값이 아닙니다", "に使える値ではありません" },
        { "config not allowed", "Manage Server", "서버 관리하기", "「サーバー管理」" },
        { "digest status", "daily digest", "데일리 다이제스트", "デイリーダイジェスト" },
        { "knowledge not allowed", "reload the knowledge base", "지식 베이스", "知識ベース" },
        { "unknown option", "has no option", "옵션이 없습니다", "というオプションはありません" },
        { "unknown command", "I don't know the command", "모르는 명령", "というコマンドは知りません" },
        { "message without text", "no text I can read", "읽을 수 있는 텍스트가 없습니다", "読み取れるテキストがありません" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task AdminReply_FollowsTheInteractionLocale(string reply, string english, string korean, string japanese)
    {
        var en = await ContentAsync(Request(reply, "9401", locale: "en-US"));
        var ko = await ContentAsync(Request(reply, "9402", locale: "ko"));
        var ja = await ContentAsync(Request(reply, "9403", locale: "ja"));

        Assert.Contains(english, en, StringComparison.Ordinal);
        Assert.Contains(korean, ko, StringComparison.Ordinal);
        Assert.Contains(japanese, ja, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task AdminReply_UnsupportedLocale_GuildLocaleThenEnglish(string reply, string english, string korean, string japanese)
    {
        _ = korean;
        var guildJa = await ContentAsync(Request(reply, "9411", locale: "fr", guildLocale: "ja"));
        var neither = await ContentAsync(Request(reply, "9412", locale: "fr", guildLocale: "de"));

        Assert.Contains(japanese, guildJa, StringComparison.Ordinal);
        Assert.Contains(english, neither, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task AdminReply_NoLocaleItSpeaks_TheChannelDefault(string reply, string english, string korean, string japanese)
    {
        _ = english;
        _ = japanese;
        var saved = await ContentAsync(SetLanguage("9421", "ko", locale: "fr"));
        var ko = await ContentAsync(Request(reply, "9422", locale: "fr", guildLocale: "de"));

        // The confirmation of "language ko" is already in Korean: nothing else named a language.
        Assert.StartsWith("저장했습니다.", saved, StringComparison.Ordinal);
        Assert.Contains(korean, ko, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReply_LocaleWinsOverTheChannelDefault()
    {
        await ContentAsync(SetLanguage("9431", "ko", locale: "en-US"));

        var ja = await ContentAsync(Request("config show", "9432", locale: "ja"));

        Assert.Contains("の設定：", ja, StringComparison.Ordinal);
        // Setting names and values stay as an admin types them.
        Assert.Contains("language: ko", ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionError_KoreanQuestionText_KoreanWhateverTheLocale()
    {
        var text = await ContentAsync(WithLocale(InteractionJson.Command("ask", "9441", ("question", "독도는 어디에 있나요?"), ("colour", "blue")), "en-US", null));

        Assert.Contains("옵션이 없습니다", text, StringComparison.Ordinal);
    }

    private async Task<string> ContentAsync(string interaction)
    {
        var response = await _app.Client.InteractAsync(interaction);
        Assert.Equal(4, response.GetProperty("type").GetInt32());
        return response.GetProperty("data").GetProperty("content").GetString()!;
    }

    private static string SetLanguage(string id, string language, string locale) =>
        WithLocale(InteractionJson.Subcommand("config", "set", id, "32", ("setting", "language"), ("value", language)), locale, null);

    private static string Request(string reply, string id, string locale, string? guildLocale = null) => WithLocale(reply switch
    {
        "config show" => InteractionJson.Subcommand("config", "show", id, "32"),
        "config bad value" => InteractionJson.Subcommand("config", "set", id, "32", ("setting", "threads"), ("value", "maybe")),
        "config not allowed" => InteractionJson.Subcommand("config", "set", id, "0", ("setting", "threads"), ("value", "off")),
        "digest status" => InteractionJson.Subcommand("digest", "status", id, "32"),
        "knowledge not allowed" => InteractionJson.Subcommand("knowledge", "reload", id, "0"),
        "unknown option" => InteractionJson.Command("ask", id, ("question", "GSOMIA?"), ("colour", "blue")),
        "unknown command" => InteractionJson.Command("nope", id),
        "message without text" => InteractionJson.MessageCommand("", id),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
    }, locale, guildLocale);

    private static string WithLocale(string interaction, string locale, string? guildLocale)
    {
        var json = JsonNode.Parse(interaction)!.AsObject();
        json["locale"] = locale;
        if (guildLocale is not null)
        {
            json["guild_locale"] = guildLocale;
        }

        return json.ToJsonString();
    }
}
