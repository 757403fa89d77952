using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>Who came after or before an office holder: the next or previous holder of the same office.</summary>
public sealed class SuccessionPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    // A successor or predecessor of a person named outright, not only of "him" in a thread.
    [InlineData("who followed Ishiba?", "Takaichi")]
    [InlineData("who succeeded Kishida as prime minister?", "Ishiba")]
    public async Task RouteAsync_SuccessorOfANamedPerson_IsTheNextHolder(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Role, expected);
    }
}
