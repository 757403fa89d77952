using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// A fake clock that also reports every timer created on it (Task.Delay, CancellationTokenSource timeouts), so a
/// test can wait until the code under test is waiting — and see for how long — before advancing time. No sleeps.
/// </summary>
public sealed class SignallingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Some BCL code creates the timer disarmed and arms it with Change: report either way.
        var timer = new SignallingTimer(Fake.CreateTimer(callback, state, dueTime, period), this);
        Report(dueTime);
        return timer;
    }

    private void Report(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _timers.Writer.TryWrite(dueTime);
        }
    }

    /// <summary>The due time of the next timer created (waits for it).</summary>
    public async Task<TimeSpan> NextTimerAsync() => await _timers.Reader.ReadAsync().AsTask().Within();

    /// <summary>Waits for a timer with exactly this due time (skipping others, e.g. request timeouts).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        while (await NextTimerAsync() != dueTime)
        {
        }
    }

    public void Advance(TimeSpan by) => Fake.Advance(by);

    private sealed class SignallingTimer(ITimer inner, SignallingTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Report(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
