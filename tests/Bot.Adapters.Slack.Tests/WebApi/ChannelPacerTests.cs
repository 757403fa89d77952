using Bot.Adapters.Slack.Outbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.WebApi;

public sealed class ChannelPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private ChannelPacer Pacer(TimeSpan? interval = null) =>
        new(Options.Create(new SlackOptions { ChannelMessageInterval = interval ?? TimeSpan.FromSeconds(1) }), _time);

    [Fact]
    public void Reserve_BurstToOneChannel_SpacedOneSecondApart()
    {
        var pacer = Pacer();

        var waits = Enumerable.Range(0, 4).Select(_ => pacer.Reserve("C1")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], waits);
    }

    [Fact]
    public void Reserve_DifferentChannels_DoNotWaitForEachOther()
    {
        var pacer = Pacer();

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C2"));
    }

    [Fact]
    public void Reserve_AfterTheIntervalPassed_NoWait()
    {
        var pacer = Pacer();
        pacer.Reserve("C1");

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
    }

    [Fact]
    public void Reserve_HalfwayThroughTheInterval_WaitsTheRest()
    {
        var pacer = Pacer();
        pacer.Reserve("C1");

        _time.Advance(TimeSpan.FromMilliseconds(400));

        Assert.Equal(TimeSpan.FromMilliseconds(600), pacer.Reserve("C1"));
    }

    [Fact]
    public void Reserve_ZeroInterval_NeverWaits()
    {
        var pacer = Pacer(TimeSpan.Zero);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1")));
    }

    [Fact]
    public void Reserve_ManyChannelsOverTime_ForgetsOldOnes()
    {
        var pacer = Pacer();
        for (var i = 0; i <= ChannelPacer.PruneAbove; i++)
        {
            pacer.Reserve("C" + i);
        }

        _time.Advance(TimeSpan.FromSeconds(2));
        pacer.Reserve("new");

        Assert.Equal(1, pacer.Remembered);
    }

    [Fact]
    public async Task WaitTurnAsync_SecondMessage_CompletesOnlyWhenTheClockReachesItsSlot()
    {
        var pacer = Pacer();
        await pacer.WaitTurnAsync("C1", CancellationToken.None);

        var second = pacer.WaitTurnAsync("C1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        var earlyCompleted = second.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(earlyCompleted);
        await second.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
