using Bot.Infrastructure.Retrieval.Llm;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class GroundingCheckTests
{
    private static readonly string[] Passages =
    [
        "In July 2019 Tokyo tightened licensing for three chemicals. Imports were $68.3 bn in 2011.",
        "Seoul called the controls retaliation. Visitors reached 9,459,600 people.",
    ];

    [Theory]
    [InlineData("Tokyo tightened licensing in July 2019 [1]. Seoul called it retaliation [2].")]
    [InlineData("Imports were 68.3 billion dollars in 2011 [1][2].")]
    [InlineData("Visitors reached 9459600 [2].")]
    [InlineData("Visitors reached 9,459,600 [2], and imports 68.3 [1].")]
    public void Problem_GroundedReply_IsNull(string reply) => Assert.Null(GroundingCheck.Problem(reply, Passages, []));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Tokyo tightened licensing in 2019.", "cites no passage")]
    [InlineData("Tokyo tightened licensing in 2019 [3].", "[3]")]
    [InlineData("Tokyo tightened licensing in 2019 [0].", "[0]")]
    [InlineData("Tokyo tightened licensing in 2018 [1].", "2018")]
    [InlineData("Imports were 68.4 bn [1].", "68.4")]
    [InlineData("Tokyo restricted 42 chemicals [1].", "42")]
    [InlineData("NO_ANSWER", "no answer")]
    [InlineData("@everyone Tokyo tightened licensing [1].", "mass mention")]
    public void Problem_UngroundedReply_SaysWhy(string reply, string expected)
    {
        var problem = GroundingCheck.Problem(reply, Passages, []);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_ContestedReplyMissingOnePosition_IsRejected()
    {
        Assert.Contains("[2]", GroundingCheck.Problem("Tokyo tightened licensing [1].", Passages, [1, 2]), StringComparison.Ordinal);
        Assert.Null(GroundingCheck.Problem("Tokyo tightened licensing [1]. Seoul objected [2].", Passages, [1, 2]));
    }

    [Theory]
    [InlineData("A [1]. B [2].", "A [1][2]. B [3].")]
    [InlineData("A [1][2].", "A [1][2][3].")]
    [InlineData("A [2] [1].", "A [3][1][2].")]
    [InlineData("A [3].", "A .")]
    public void Recite_PassageNumbers_BecomeSourceNumbers(string reply, string expected)
    {
        int[][] sourcesOfPassage = [[1, 2], [3], []];
        Assert.Equal(expected, GroundingCheck.Recite(reply, n => sourcesOfPassage[n - 1]));
    }
}
