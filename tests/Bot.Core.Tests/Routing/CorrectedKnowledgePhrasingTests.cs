using System.Text.RegularExpressions;
using Bot.Core.Answers;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Answers on the entries an independent audit corrected (shared/kb-errata.md): what a user reads must carry the
/// correction, however the question is phrased.
/// </summary>
public sealed partial class CorrectedKnowledgePhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("why did korea skip the sado memorial in 2024")]
    [InlineData("when did korea skip the first sado memorial?")]
    [InlineData("did korea boycott the sado memorial because of yasukuni")]
    [InlineData("korea sado memorial 2024")]
    public async Task RouteAsync_SadoMemorial2024_GivesSeoulsStatedReasonAndTheRetraction(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        AnswerAssert.Contains(answer, "did not meet the level agreed" + AnswerAssert.Or + "fell short of the level agreed");
        AnswerAssert.Contains(answer, "retracted");
        // The retracted claim is never the reason the bot gives in its own voice.
        Assert.DoesNotMatch(YasukuniAsReason(), answer.Body);
    }

    [Theory]
    [InlineData("what do korea and japan call the fukushima water")]
    [InlineData("fukushima treated water or contaminated water?")]
    [InlineData("why does seoul say contaminated water")]
    public async Task RouteAsync_FukushimaTerms_AttributesBothTerms(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Matches(TokyoTerm(), answer.Body);
        Assert.Matches(SeoulTerm(), answer.Body);
        Assert.DoesNotContain("critics in Korea call it", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many comfort women survivors were alive at the 2015 agreement")]
    [InlineData("surviving comfort women at the time of the 2015 deal")]
    [InlineData("when was the 2015 comfort women agreement")]
    public async Task RouteAsync_SurvivorsAtThe2015Agreement_Gives46To47(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        AnswerAssert.Contains(answer, "46–47" + AnswerAssert.Or + "46 to 47" + AnswerAssert.Or + "46-47");
    }

    [Theory]
    [InlineData("when was the 2015 comfort women agreement")]
    [InlineData("when did the foreign ministers announce the comfort women deal")]
    public async Task RouteAsync_The2015Agreement_AttributesWhatHappenedToItNotJudges(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.DoesNotContain("hollow", answer.Body, StringComparison.OrdinalIgnoreCase);
        AnswerAssert.Contains(answer, "can never accept");
    }

    [GeneratedRegex(@"because[^.;]*(had )?visited Yasukuni|over the envoy's past Yasukuni visit", RegexOptions.IgnoreCase)]
    private static partial Regex YasukuniAsReason();

    [GeneratedRegex(@"Tokyo[^.]*(treated water|処理水)", RegexOptions.IgnoreCase)]
    private static partial Regex TokyoTerm();

    [GeneratedRegex(@"Seoul[^.]*(contaminated water|오염수)", RegexOptions.IgnoreCase)]
    private static partial Regex SeoulTerm();
}
