using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Near-twin events share most of their words: who acted (Japan's list or Korea's), which way (removal or
/// reinstatement), and with whom (Lee's first summit with Takaichi, not with Ishiba) tell them apart.
/// </summary>
public sealed class NearTwinPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("when did japan put korea back in group a", "21 July 2023")]
    [InlineData("when did korea get back into japan's group a", "21 July 2023")]
    [InlineData("when did korea put japan back on its white list", "24 April 2023")]
    // One country named as the object: the other acted.
    [InlineData("when did they put japan back on the white list", "24 April 2023")]
    [InlineData("when did they put korea back on the white list", "21 July 2023")]
    [InlineData("what date did tokyo drop seoul from the export whitelist", "2 August 2019")]
    [InlineData("when did korea drop japan from its white list", "September 2019")]
    [InlineData("When did Japan's cabinet decide to take Korea off its white list?", "2 August 2019")]
    [InlineData("when was korea struck off japan's white list", "2 August 2019")]
    [InlineData("When did Japan lift the tightened controls on those three chip materials?", "16 March 2023")]
    [InlineData("When did Japan's tighter export controls on Korea take effect?", "4 July 2019")]
    // With the subject named, "start" asks when it began; the boycott whose title "begins" is another event.
    [InlineData("when did japan start the export curbs on korea", "4 July 2019")]
    [InlineData("일본이 3개 품목 수출규제를 언제 풀었어?", "2023년 3월 16일")]
    [InlineData("when did takaichi win the ldp presidency", "4 October 2025")]
    [InlineData("when did takaichi become prime minister", "21 October 2025")]
    [InlineData("When was the first summit between Lee Jae-myung and Takaichi?", "30 October 2025")]
    [InlineData("When was the first summit between Lee Jae-myung and Ishiba?", "17 June 2025")]
    [InlineData("when did korea and japan normalize ties", "1965")]
    public async Task RouteAsync_NearTwinEvents_PicksTheOneAsked(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, expected);
    }

    // Several named ("the first and second", "two trips"): each one's date, not the single best match.
    [Theory]
    [InlineData("When were the first and second Sado mine memorials held?", "24 November 2024", "13 September 2025")]
    [InlineData("Kishida's two trips to Seoul as PM - when?", "7 May 2023", "6 September 2024")]
    public async Task RouteAsync_SeveralTwinsAsked_ListsEachDate(string question, string first, string second)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, first);
        AnswerAssert.Contains(answer, second);
    }
}
