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
    // The sources date neither foreign minister's term: the one in the sitting cabinet, not the 1965 signatory.
    [InlineData("current foreign minister of japan", "Motegi", "Shiina")]
    public async Task RouteAsync_NowQuestion_UndatedHolders_GivesTheOneInTheSittingGovernment(string question, string expected, string notExpected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, expected);
        Assert.DoesNotContain(notExpected, answer.Body, StringComparison.Ordinal);
    }
}
