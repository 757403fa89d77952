using Bot.Core.Answers;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Two questions in one message are both answered, in order, in one reply; the second part reads the first part's
/// answer as its context ("… and who followed him?").
/// </summary>
public sealed class TwoPartPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("when did Ishiba resign and who followed him?", "7 September 2025", "Takaichi")]
    [InlineData("what were korea's imports from japan in 2019 and how much did they fall?", "$47.58 bn", "−12.9%")]
    [InlineData("who is Japan's prime minister and who is Korea's president?", "Takaichi", "Lee Jae-myung")]
    [InlineData("when was the 1965 treaty signed and when did it enter into force?", "22 June 1965", "18 December 1965")]
    // "it" is the name the first part used (GSOMIA), not the answer it got (the signing).
    [InlineData("when was GSOMIA signed and when did Seoul try to end it?", "23 November 2016", "22 August 2019")]
    public async Task RouteAsync_TwoParts_BothAnsweredInOrder(string question, string first, string second)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        var body = answer.Body;
        var (at1, at2) = (body.IndexOf(first, StringComparison.Ordinal), body.IndexOf(second, StringComparison.Ordinal));
        Assert.True(at1 >= 0 && at2 >= 0, $"expected both \"{first}\" and \"{second}\", got {AnswerAssert.Describe(answer)}");
        Assert.True(at1 < at2, $"expected \"{first}\" before \"{second}\"");
    }

    // 고 ends a clause only after a verb stem (했고, 이고); in 선고 (a ruling) or 보고 (a report) it is part of the noun.
    [Theory]
    [InlineData("윤석열 탄핵 헌재 선고 몇대몇이었어?", "8대 0")]
    [InlineData("IAEA 최종 보고 언제 나왔어?", "2023년 7월 4일")]
    // Split in two, but one entry answers both parts: it is told once.
    [InlineData("한일 국교정상화 협상은 몇 년 걸렸고, 몇 차례 열렸어?", "14년")]
    public async Task RouteAsync_NounEndingInGo_IsOneQuestionAnsweredOnce(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, answer.Intent, expected);
        // Read as two parts, the event was told twice, each time with its "why it matters" line.
        var whyItMatters = Bot.Core.Answers.Templates.AnswerTemplates.For(Bot.Core.Knowledge.Lang.Ko).WhyItMatters;
        Assert.True(answer.Body.Split(whyItMatters).Length <= 2, $"answered twice: {AnswerAssert.Describe(answer)}");
    }
}
