using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Admin;

/// <summary>The admin replies' wording (issue 13): which language is picked, and the reload report's frame in each.</summary>
public sealed class AdminTextsTests
{
    [Theory]
    // Discord: the interaction locale, then guild_locale, then the channel's default, then English.
    [InlineData(null, "ko", "ja", "en", Lang.Ko)]
    [InlineData(null, "fr", "ja", "ko", Lang.Ja)]
    [InlineData(null, "fr", null, "ko", Lang.Ko)]
    [InlineData(null, "en-US", null, "ko", Lang.En)]
    [InlineData(null, null, null, null, Lang.En)]
    // Slack: command words are Latin and decide nothing; Korean or Japanese words do.
    [InlineData("digest subscribe #news 08:00 Asia/Seoul", null, null, "ja", Lang.Ja)]
    [InlineData("digest subscribe 오전8시", null, null, "ja", Lang.Ko)]
    [InlineData("digest subscribe 午前8時です", null, null, null, Lang.Ja)]
    [InlineData("config threads off", null, null, null, Lang.En)]
    public void Of_TypedKoreanOrJapaneseThenTheFirstHintItSpeaks(string? text, string? first, string? second, string? third, Lang expected)
    {
        Assert.Equal(expected, AdminTexts.Of(text, first, second, third).Lang);
    }

    [Theory]
    [InlineData(Lang.En, "Reloaded: 2 events, 1 statistic, 0 FAQ topics, 0 glossary terms, 3 sources; as of 22 February 2026 (version abc).")]
    [InlineData(Lang.Ko, "다시 불러왔습니다: 사건 2개, 통계 1개, FAQ 주제 0개, 용어 0개, 출처 3개, 2026년 2월 22일 기준(버전 abc).")]
    [InlineData(Lang.Ja, "再読み込みしました：出来事 2 件、統計 1 件、FAQ 0 件、用語 0 件、出典 3 件、2026年2月22日時点（バージョン abc）。")]
    public void ReloadReport_Reloaded_FramedInTheLanguage(Lang lang, string expected)
    {
        var report = new KnowledgeReloadReport(KnowledgeReloadStatus.Reloaded, "abc", PartialDate.Parse("2026-02-22"), new KnowledgeCounts(2, 1, 0, 0, 3), []);

        Assert.Equal(expected, report.ToText(2000, AdminTexts.For(lang)));
    }

    [Theory]
    [InlineData(Lang.Ko, "지금의 지식(버전 abc)을 유지합니다. 수정한 파일에 오류가 2개 있습니다:", "계속 답하는 데 쓰는 자료:")]
    [InlineData(Lang.Ja, "現在の知識（バージョン abc）を維持します。編集したファイルに 2 件のエラーがあります：", "引き続き回答に使っている知識：")]
    public void ReloadReport_Rejected_FrameTranslatedAndTheFileLineErrorsQuotedAsTheyAre(Lang lang, string head, string tail)
    {
        string[] errors = ["timeline.yaml:12: date is not YYYY-MM-DD", "faq.yaml:3: missing id"];
        var report = new KnowledgeReloadReport(KnowledgeReloadStatus.Rejected, "abc", PartialDate.Parse("2026-02-22"), new KnowledgeCounts(2, 1, 0, 0, 3), errors);

        var text = report.ToText(2000, AdminTexts.For(lang));

        Assert.StartsWith(head, text, StringComparison.Ordinal);
        Assert.Contains("\ntimeline.yaml:12: date is not YYYY-MM-DD\nfaq.yaml:3: missing id\n" + tail, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReloadResult_NotAvailable_InTheLanguage()
    {
        var result = new KnowledgeReloadResult(ReloadOutcome.NotAvailable);

        Assert.Equal(KnowledgeReloadResult.NotAvailableText, result.ToText(2000));
        Assert.Contains("고정된 스냅숏", result.ToText(2000, KoreanAdminTexts.Text), StringComparison.Ordinal);
        Assert.Contains("固定のスナップショット", result.ToText(2000, JapaneseAdminTexts.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Lang.En, "answer-in: listed (this server or workspace: only listed channels)")]
    [InlineData(Lang.Ko, "answer-in: listed (이 서버 또는 워크스페이스 전체: 목록에 등록된 채널에서만)")]
    [InlineData(Lang.Ja, "answer-in: listed (このサーバーまたはワークスペース全体：登録したチャンネルのみ)")]
    public void Describe_SettingNamesAndValuesAsTypedExplanationsTranslated(Lang lang, string first)
    {
        var lines = ChannelSettingsAdmin.Describe(EffectiveSettings.Defaults with { OnlyListed = true, AnswersHere = false }, AdminTexts.For(lang));

        Assert.Equal(first, lines[0]);
        Assert.Equal(5, lines.Count);
    }
}
