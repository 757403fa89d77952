using Bot.Adapters.Common.Answers;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Common.Tests.Answers;

public sealed class RecentAnswersTests
{
    private static readonly IReadOnlyList<Source> Sources = [new("s1", "KITA", "Trade statistics", new PartialDate(2024), "https://example.org")];

    private static readonly Answer Answer = new() { Outcome = Outcome.Answer, Intent = "statistic", Title = "Imports", Body = "68.3", Sources = Sources };

    [Fact]
    public void TryGet_Remembered_ReturnsTheAnswer()
    {
        var memory = new RecentAnswers(new FakeTimeProvider());

        memory.Remember("1", Answer);

        Assert.True(memory.TryGet("1", out var answer));
        Assert.Same(Answer, answer);
        Assert.Same(Sources, answer.Sources);
        Assert.False(memory.TryGet("2", out _));
    }

    [Fact]
    public void TryGet_OlderThanLifetime_Forgotten()
    {
        var time = new FakeTimeProvider();
        var memory = new RecentAnswers(time);
        memory.Remember("1", Answer);

        time.Advance(RecentAnswers.Lifetime);

        Assert.False(memory.TryGet("1", out _));
    }

    [Fact]
    public void Remember_ManyConcurrentWritersPastCapacity_NeverThrowsAndStaysBounded()
    {
        var memory = new RecentAnswers(new FakeTimeProvider());

        Parallel.For(0, RecentAnswers.Capacity * 3, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => memory.Remember(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Answer));
        // Which parallel write came last is up to the scheduler; one written after them all must survive pruning.
        memory.Remember("after-all", Answer);

        Assert.True(memory.TryGet("after-all", out _));
        var held = Enumerable.Range(0, RecentAnswers.Capacity * 3).Count(i => memory.TryGet(i.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        Assert.InRange(held, 1, RecentAnswers.Capacity + 100);
    }
}
