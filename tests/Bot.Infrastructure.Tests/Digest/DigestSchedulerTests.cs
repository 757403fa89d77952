using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Digest;

public sealed class DigestSchedulerTests : IDisposable
{
    private readonly TempStorage _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task ExecuteAsync_ClockReachesTheTime_PostsOnTheNextMinuteTick()
    {
        // One minute before 08:00 in Seoul on 22 June 2026.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 21, 22, 59, 0, TimeSpan.Zero));
        var publisher = new RecordingPublisher();
        var options = new DigestOptions { Subscriptions = [new DigestSubscriptionOptions { Platform = "discord", Channel = "C1", Time = "08:00" }] };
        using var harness = new RunnerHarness(_storage, options, publisher);
        using var scheduler = new DigestScheduler(harness.Runner, time, Options.Create(options), new ListLogger<DigestScheduler>());

        await scheduler.StartAsync(default);
        Assert.False(publisher.FirstCall.Task.IsCompleted);

        time.Advance(DigestScheduler.Interval);
        // Waiting on the post itself, bounded so a broken scheduler fails instead of hanging; the clock is fake.
        await publisher.FirstCall.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.StopAsync(default);

        Assert.Equal("discord:C1:2026-06-22", Assert.Single(publisher.Calls).Key);
    }

    [Fact]
    public async Task ExecuteAsync_RunInServeOff_NeverTicksAndSaysWhy()
    {
        // Due at once: 08:00 in Seoul has just passed, inside the catch-up window.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 21, 23, 1, 0, TimeSpan.Zero));
        var publisher = new RecordingPublisher();
        var options = new DigestOptions { RunInServe = false, Subscriptions = [new DigestSubscriptionOptions { Platform = "discord", Channel = "C1", Time = "08:00" }] };
        using var harness = new RunnerHarness(_storage, options, publisher);
        var logger = new ListLogger<DigestScheduler>();
        using var scheduler = new DigestScheduler(harness.Runner, time, Options.Create(options), logger);

        await scheduler.StartAsync(default);
        time.Advance(DigestScheduler.Interval * 3);
        await scheduler.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.StopAsync(default);

        Assert.Empty(publisher.Calls);
        Assert.Contains(logger.Entries, e => e.Message.Contains("Digest:RunInServe=false", StringComparison.Ordinal));
    }
}
