using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Adapters.Discord.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Discord.Tests.Gateway;

public sealed class IdentifyBudgetTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void DelayBeforeNext_FirstIdentify_NoWait()
    {
        var budget = new IdentifyBudget(_time, TimeSpan.FromSeconds(5), reserve: 20);

        Assert.Equal(TimeSpan.Zero, budget.DelayBeforeNext(out var exhausted));
        Assert.False(exhausted);
    }

    [Fact]
    public void DelayBeforeNext_RightAfterAnIdentify_WaitsTheMinimumInterval()
    {
        var budget = new IdentifyBudget(_time, TimeSpan.FromSeconds(5), reserve: 20);
        budget.Spend();
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), budget.DelayBeforeNext(out _));
    }

    [Fact]
    public void DelayBeforeNext_DailyBudgetAtReserve_WaitsForTheReset()
    {
        var budget = new IdentifyBudget(_time, TimeSpan.FromSeconds(5), reserve: 20);
        budget.Update(new SessionStartLimit(1000, 20, (long)TimeSpan.FromHours(3).TotalMilliseconds, 1));

        var wait = budget.DelayBeforeNext(out var exhausted);

        Assert.True(exhausted);
        Assert.Equal(TimeSpan.FromHours(3), wait);
    }

    [Fact]
    public void Spend_CountsDownLocallyUntilTheReserve()
    {
        var budget = new IdentifyBudget(_time, TimeSpan.Zero, reserve: 20);
        budget.Update(new SessionStartLimit(1000, 22, 60_000, 1));

        budget.Spend();
        Assert.Equal(TimeSpan.Zero, budget.DelayBeforeNext(out var stillFine));
        budget.Spend();
        var wait = budget.DelayBeforeNext(out var exhausted);

        Assert.False(stillFine);
        Assert.True(exhausted);
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
    }

    [Fact]
    public void DelayBeforeNext_AfterTheReset_NoWait()
    {
        var budget = new IdentifyBudget(_time, TimeSpan.Zero, reserve: 20);
        budget.Update(new SessionStartLimit(1000, 5, 60_000, 1));
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TimeSpan.Zero, budget.DelayBeforeNext(out var exhausted));
        Assert.False(exhausted);
    }
}
