using Bot.Adapters.Common.Retries;

namespace Bot.Adapters.Common.Tests.Retries;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 0.999, 999)]
    [InlineData(1, 0.0, 1000)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(3, 0.5, 6000)]
    [InlineData(10, 0.0, 30000)]
    [InlineData(10, 0.999, 59970)]
    [InlineData(1000, 0.0, 30000)]
    public void Delay_Attempt_DoublesWithEqualJitterUpToMax(int attempt, double jitter, int expectedMs)
    {
        Assert.Equal(expectedMs, (int)Backoff.Delay(attempt, Base, Max, jitter).TotalMilliseconds);
    }

    [Fact]
    public void Delay_ZeroBase_AlwaysZero()
    {
        Assert.Equal(TimeSpan.Zero, Backoff.Delay(5, TimeSpan.Zero, Max));
    }

    [Fact]
    public void Delay_RandomJitter_StaysWithinHalfAndFullStep()
    {
        for (var i = 0; i < 200; i++)
        {
            var delay = Backoff.Delay(2, Base, Max);
            Assert.InRange(delay, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        }
    }
}
