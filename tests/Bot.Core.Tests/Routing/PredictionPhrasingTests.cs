using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// A question about the future is declined in the asker's language with the reason, never answered with a past event as if
/// it settled the future; the latest related fact is offered instead.
/// </summary>
public sealed class PredictionPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("will trade top $100 bn by 2030?", Lang.En)]
    [InlineData("will korea japan relations improve", Lang.En)]
    [InlineData("what will japanese visitors to korea be next year?", Lang.En)]
    [InlineData("한일 관계 앞으로 어떻게 될까?", Lang.Ko)]
    [InlineData("2030년 한일 교역은 얼마나 될까?", Lang.Ko)]
    [InlineData("日韓関係の未来はどうなる？", Lang.Ja)]
    [InlineData("今後の日韓関係はよくなる？", Lang.Ja)]
    [InlineData("한일 관계가 내년에는 나빠질까?", Lang.Ko)]
    [InlineData("来年の日韓関係は？", Lang.Ja)]
    // Both parts foretell: "it" is the foretold thing, and "when will it happen" asks for a date in the future.
    [InlineData("Trade will surely double soon, right? When exactly will it happen?", Lang.En)]
    [InlineData("when will the seafood ban be lifted?", Lang.En)]
    public async Task RouteAsync_Prediction_IsDeclinedWithTheReason(string question, Lang lang)
    {
        var t = AnswerTemplates.For(lang);

        var answer = await fixture.AskAsync(question);

        Assert.True(answer.Outcome == Outcome.Decline, $"expected a decline, got {AnswerAssert.Describe(answer)}");
        Assert.Equal(t.CantPredictTitle, answer.Title);
        Assert.Equal(lang, answer.Lang);
    }
}
