using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class ReciprocalRankFusionTests
{
    public static TheoryData<string[], string[], string[]> Rankings => new()
    {
        // Agreement near the top beats a single list's first place.
        { ["a", "b", "c"], ["c", "a", "d"], ["a", "c", "b", "d"] },
        { ["x", "y"], ["z", "y"], ["y", "x", "z"] },
        // One list empty (dense off): the other's order is kept.
        { ["p", "q", "r"], [], ["p", "q", "r"] },
        { [], ["p", "q"], ["p", "q"] },
        // Same rank in both lists: ties keep first appearance (lexical list first).
        { ["m", "n"], ["n", "m"], ["m", "n"] },
    };

    [Theory]
    [MemberData(nameof(Rankings))]
    public void Fuse_TwoRankings_OrdersByReciprocalRankSum(string[] lexical, string[] dense, string[] expected)
    {
        var fused = ReciprocalRankFusion.Fuse<string>([lexical, dense]);
        Assert.Equal(expected, fused.Select(f => f.Item));
    }

    [Fact]
    public void Fuse_ItemInBothLists_ScoresSumOfReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["a"], ["b", "a"]]);
        var a = Assert.Single(fused, f => f.Item == "a");
        Assert.Equal((1.0 / 61) + (1.0 / 62), a.Score, 10);
    }
}
