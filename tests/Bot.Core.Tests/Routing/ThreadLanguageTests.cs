using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// A follow-up keeps the language of its thread unless the asker switches script or asks for a language; the platform's
/// hint only counts when neither the words nor the thread decide.
/// </summary>
public sealed class ThreadLanguageTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    // Undecided follow-ups ("2020?", "GSOMIA?") keep the thread's language.
    [InlineData("2019년 대일 수입", "2020?", Lang.Ko, Lang.Ko)]
    [InlineData("2019年の韓国の対日輸入", "2020?", Lang.Ja, Lang.Ja)]
    [InlineData("지소미아가 뭐예요?", "GSOMIA?", Lang.Ko, Lang.Ko)]
    // Switching script switches the language.
    [InlineData("2019년 대일 수입", "and in 2020?", Lang.Ko, Lang.En)]
    [InlineData("imports from japan 2019", "2020년은?", Lang.En, Lang.Ko)]
    // Asking for a language does too.
    [InlineData("2019년 대일 수입", "2020 in English please", Lang.Ko, Lang.En)]
    [InlineData("imports from japan 2019", "2020 日本語で", Lang.En, Lang.Ja)]
    public async Task RouteAsync_FollowUp_KeepsOrSwitchesTheThreadLanguage(string first, string followUp, Lang firstLang, Lang followUpLang)
    {
        var chat = fixture.NewSession();

        var opening = await chat.AskAsync(first);
        var next = await chat.AskAsync(followUp);

        Assert.True(opening.Lang == firstLang, $"opening: {AnswerAssert.Describe(opening)}");
        Assert.True(next.Lang == followUpLang, $"follow-up: {AnswerAssert.Describe(next)}");
    }

    [Theory]
    [InlineData(null, "ko", Lang.Ko)]
    [InlineData("ja", null, Lang.Ja)]
    // The channel's setting beats the asker's client locale.
    [InlineData("ja", "ko", Lang.Ja)]
    [InlineData(null, "en-US", Lang.En)]
    [InlineData(null, "fr", Lang.En)]
    public async Task RouteAsync_UndecidedText_TakesThePlatformHint(string? channelLanguage, string? locale, Lang expected)
    {
        var answer = await fixture.NewSession().AskAsync(new Question { Text = "GSOMIA?", AnswerLanguage = channelLanguage, Locale = locale });

        Assert.True(answer.Lang == expected, AnswerAssert.Describe(answer));
    }

    [Fact]
    public async Task RouteAsync_ForcedLanguage_BeatsTheScript()
    {
        var answer = await fixture.NewSession().AskAsync(new Question { Text = "When was the 1965 treaty signed?", ForcedLanguage = Lang.Ja });

        Assert.Equal(Lang.Ja, answer.Lang);
        AnswerAssert.Contains(answer, "1965年6月22日");
    }

    [Fact]
    public async Task RouteAsync_UnspokenLanguage_AnswersInEnglishAndSaysWhichLanguagesItSpeaks()
    {
        var answer = await fixture.AskAsync("日韩关系怎么样");

        Assert.Equal(Lang.En, answer.Lang);
        AnswerAssert.Contains(answer, "I answer in English, Korean (한국어) and Japanese (日本語).");
    }
}
