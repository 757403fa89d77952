using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Discord.Tests.Interactions;

public sealed class AnswerMemoryTests
{
    private static readonly IReadOnlyList<Source> Sources = [new("s1", "KITA", "Trade statistics", new PartialDate(2024), "https://example.org")];

    [Fact]
    public void TryGet_Remembered_ReturnsSources()
    {
        var memory = new AnswerMemory(new FakeTimeProvider());

        memory.Remember("1", Sources);

        Assert.True(memory.TryGet("1", out var sources));
        Assert.Same(Sources, sources);
        Assert.False(memory.TryGet("2", out _));
    }

    [Fact]
    public void TryGet_OlderThanLifetime_Forgotten()
    {
        var time = new FakeTimeProvider();
        var memory = new AnswerMemory(time);
        memory.Remember("1", Sources);

        time.Advance(AnswerMemory.Lifetime);

        Assert.False(memory.TryGet("1", out _));
    }

    [Fact]
    public void Remember_ManyConcurrentWritersPastCapacity_NeverThrowsAndStaysBounded()
    {
        var memory = new AnswerMemory(new FakeTimeProvider());

        Parallel.For(0, AnswerMemory.Capacity * 3, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => memory.Remember(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Sources));
        // Which parallel write came last is up to the scheduler; one written after them all must survive pruning.
        memory.Remember("after-all", Sources);

        Assert.True(memory.TryGet("after-all", out _));
        var held = Enumerable.Range(0, AnswerMemory.Capacity * 3).Count(i => memory.TryGet(i.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        Assert.InRange(held, 1, AnswerMemory.Capacity + 100);
    }
}
