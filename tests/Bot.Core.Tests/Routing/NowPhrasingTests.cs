using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// "Now" questions ("right now", "these days", "at the moment", "currently") are answered from the terms of office at
/// the knowledge base's as-of date, which the answer states; the time words are not matched as content.
/// </summary>
public sealed class NowPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("who is Japan's prime minister right now?", "Takaichi")]
    [InlineData("who's Japan's PM these days?", "Takaichi")]
    [InlineData("who is korea's president at the moment", "Lee Jae-myung")]
    [InlineData("who is currently the president of south korea?", "Lee Jae-myung")]
    [InlineData("지금 일본 총리는 누구야?", "다카이치")]
    [InlineData("今の韓国の大統領は誰？", "李在明")]
    public async Task RouteAsync_NowQuestion_AnswersTheHolderAtTheAsOfDate(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, expected);
        AnswerAssert.Contains(answer, "22 February 2026" + AnswerAssert.Or + "2026년 2월 22일" + AnswerAssert.Or + "2026年2月22日");
    }

    [Theory]
    // The office holder's sentence, the term and the description are in the asker's language.
    [InlineData("지금 일본 총리는 누구야?", "일본 총리는 **다카이치 사나에**", "2025년 10월 21일부터")]
    [InlineData("今の日本の首相は誰？", "日本の首相は**高市早苗**", "2025年10月21日から")]
    [InlineData("2019년 한국 대통령은 누구였어?", "한국 대통령은 **문재인**", "2017년 5월 10일")]
    [InlineData("이시바 후임은 누구?", "이시바 시게루의 후임 일본 총리: **다카이치 사나에**", "2025년 10월 21일부터")]
    public async Task RouteAsync_OfficeHolderInKoreanOrJapanese_IsAnsweredInThatLanguage(string question, string sentence, string term)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, sentence);
        AnswerAssert.Contains(answer, term);
        Assert.DoesNotContain("As of", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" in office ", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // The sources date neither foreign minister's term: the one in the sitting cabinet, not the 1965 signatory.
    [InlineData("current foreign minister of japan", "Motegi", "Shiina")]
    public async Task RouteAsync_NowQuestion_UndatedHolders_GivesTheOneInTheSittingGovernment(string question, string expected, string notExpected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, expected);
        Assert.DoesNotContain(notExpected, answer.Body, StringComparison.Ordinal);
    }

    // "Who was … when <event>?": the event places the question on its day; the "when" is not asked.
    [Theory]
    [InlineData("Who was Korea's president when GSOMIA was signed?", "Park Geun-hye", "Lee Jae-myung")]
    [InlineData("who was japan's pm when the export controls started?", "Abe", "Takaichi")]
    [InlineData("Who was Korea's president when GSOMIA was signed and what year was it?", "Park Geun-hye", "Lee Jae-myung")]
    public async Task RouteAsync_WhoWasHolderWhenAnEventHappened_AnswersTheHolderOnThatDay(string question, string expected, string notExpected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, expected);
        Assert.DoesNotContain(notExpected, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // From one holder to today, or to another holder: every holder in between, in order.
    [InlineData("Name the South Korean presidents from Lee Myung-bak to today", "Lee Myung-bak", "Lee Jae-myung")]
    [InlineData("who were the presidents from Lee Myung-bak to Moon Jae-in?", "Park Geun-hye", "Moon Jae-in")]
    public async Task RouteAsync_HoldersFromOneToAnother_ListsEveryHolderBetween(string question, string first, string last)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, first);
        AnswerAssert.Contains(answer, last);
        AnswerAssert.Contains(answer, "Park Geun-hye");
        Assert.True(answer.Body.IndexOf("Lee Myung-bak", StringComparison.Ordinal) < answer.Body.IndexOf("Park Geun-hye", StringComparison.Ordinal));
    }
}
