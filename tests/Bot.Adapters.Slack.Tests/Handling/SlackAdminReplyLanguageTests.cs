using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Handling;

/// <summary>
/// /jk config, digest, reload and knowledge replies in the admin's language (issue 13): Korean or Japanese words after the command,
/// else the channel's default language (<c>/jk config language ko</c>), else English. Over the signed /slack/commands endpoint and
/// real LiteDB storage; a fresh app per test (the channel default is state).
/// </summary>
public sealed class SlackAdminReplyLanguageTests : IAsyncLifetime
{
    private const string Admin = "UADMIN";
    private const string Member = "U123";

    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Admin });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    /// <summary>Each admin reply (the command text, who runs it) with a phrase that only its English, Korean or Japanese wording holds.</summary>
    public static TheoryData<string, string, string, string, string> Replies => new()
    {
        { "config", Admin, "Settings in this channel:", "이 채널의 설정:", "このチャンネルの設定：" },
        { "config threads maybe", Admin, "is not a value of threads", "쓸 수 있는 값이 아닙니다", "に使える値ではありません" },
        { "config threads off", Member, "only the bot's Slack admins", "Slack 관리자", "Slack管理者" },
        { "digest", Admin, "Daily digest", "데일리 다이제스트", "デイリーダイジェスト" },
        { "digest status", Admin, "does not get the daily digest", "데일리 다이제스트를 받지 않습니다", "デイリーダイジェストを受け取っていません" },
        { "digest subscribe 25:00", Admin, "is not a time I understand", "알아볼 수 있는 시각이 아닙니다", "時刻として読み取れません" },
        { "digest subscribe 08:00 Mars/Olympus", Admin, "is not a time zone I know", "제가 아는 시간대가 아닙니다", "知らないタイムゾーンです" },
        { "digest unsubscribe", Member, "only the bot's Slack admins", "Slack 관리자", "Slack管理者" },
        { "reload", Member, "reload the knowledge base", "지식 베이스", "知識ベース" },
        { "knowledge", Admin, "re-read the knowledge files", "지식 파일", "知識ファイル" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task AdminReply_ChannelDefaultLanguage_ElseEnglish(string text, string user, string english, string korean, string japanese)
    {
        await RunAsync("config language ko", Admin, channel: "C2");
        await RunAsync("config language ja", Admin, channel: "C3");

        var en = await RunAsync(text, user, channel: "C1");
        var ko = await RunAsync(text, user, channel: "C2");
        var ja = await RunAsync(text, user, channel: "C3");

        Assert.Contains(english, en, StringComparison.Ordinal);
        Assert.Contains(korean, ko, StringComparison.Ordinal);
        Assert.Contains(japanese, ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigLanguage_TheConfirmationIsInTheNewLanguage()
    {
        var ko = await RunAsync("config language ko", Admin);
        var auto = await RunAsync("config language auto", Admin);

        Assert.StartsWith("저장했습니다.", ko, StringComparison.Ordinal);
        Assert.Contains("language: ko", ko, StringComparison.Ordinal);
        Assert.StartsWith("Saved.", auto, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digest subscribe 오전8시", "알아볼 수 있는 시각이 아닙니다")]
    [InlineData("digest subscribe 午前8時です", "時刻として読み取れません")]
    public async Task AdminReply_KoreanOrJapaneseWordsInTheCommand_ThatLanguageWithoutAChannelDefault(string text, string expected)
    {
        Assert.Contains(expected, await RunAsync(text, Admin), StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string text, string user, string channel = "C1")
    {
        var fields = SlackPayloads.Command(text);
        fields["user_id"] = user;
        fields["channel_id"] = channel;
        var response = await _app.PostFormAsync("/slack/commands", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        Assert.Equal("ephemeral", document.RootElement.GetProperty("response_type").GetString());
        return string.Join("\n", document.RootElement.GetProperty("blocks").EnumerateArray()
            .Select(b => b.TryGetProperty("text", out var t) ? t.GetProperty("text").GetString() : ""));
    }
}
