using Bot.Core.Answers;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// A share or a margin asked about one event's figures ("316 of 465 seats", "49.42% … 41.15%") is computed, said to be the
/// bot's own arithmetic, and shown above the event, in the asker's language; a question that asks no sum gets none.
/// </summary>
public sealed class EventArithmeticPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("What share of the 465 lower-house seats did the LDP take in February 2026?", "**68.0%**", "my arithmetic")]
    [InlineData("What was Lee Jae-myung's winning margin over Kim Moon-soo in percentage points?", "**8.27 percentage points**", "my arithmetic")]
    [InlineData("2026년 2월 총선에서 자민당은 465석 중 몇 퍼센트를 차지했어?", "**68.0%**", "계산한 값")]
    public async Task RouteAsync_ShareOrMarginOfOneEvent_IsComputedAndSaidToBeComputed(string question, string figure, string said)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, figure);
        AnswerAssert.Contains(answer, said);
    }

    [Theory]
    [InlineData("How many seats did the LDP win in February 2026?")]
    [InlineData("Who did Lee Jae-myung beat in the 2025 election?")]
    public async Task RouteAsync_NoSumAsked_NothingComputed(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.DoesNotContain("my arithmetic", answer.Body, StringComparison.Ordinal);
    }
}
