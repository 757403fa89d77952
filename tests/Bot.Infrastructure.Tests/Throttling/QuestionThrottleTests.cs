using Bot.Core.Routing;
using Bot.Infrastructure.Throttling;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Throttling;

public sealed class QuestionThrottleTests
{
    private static QuestionThrottle Throttle(int perUser, int perChannel) =>
        new(Options.Create(new ThrottleOptions { PerUserPerMinute = perUser, PerChannelPerMinute = perChannel }));

    private static Question Asked(string? user, string? channel = "C1", string platform = "discord") =>
        new() { Text = "gsomia", Platform = platform, UserId = user, ChannelId = channel };

    [Fact]
    public void TryAcquire_UserOverTheLimit_RefusedWithARetryAfter()
    {
        using var throttle = Throttle(perUser: 3, perChannel: 0);

        var granted = Enumerable.Range(0, 5).Count(i => throttle.TryAcquire(Asked("U1"), out _));
        var refused = !throttle.TryAcquire(Asked("U1"), out var retryAfter);

        Assert.Equal(3, granted);
        Assert.True(refused);
        Assert.True(retryAfter > TimeSpan.Zero);
    }

    [Fact]
    public void TryAcquire_OtherUserOrPlatform_HasItsOwnBucket()
    {
        using var throttle = Throttle(perUser: 1, perChannel: 0);

        Assert.True(throttle.TryAcquire(Asked("U1"), out _));
        Assert.False(throttle.TryAcquire(Asked("U1"), out _));
        Assert.True(throttle.TryAcquire(Asked("U2"), out _));
        Assert.True(throttle.TryAcquire(Asked("U1", platform: "slack"), out _));
    }

    [Fact]
    public void TryAcquire_ChannelOverItsLimit_RefusesEveryUserThere()
    {
        using var throttle = Throttle(perUser: 100, perChannel: 2);

        Assert.True(throttle.TryAcquire(Asked("U1", "C9"), out _));
        Assert.True(throttle.TryAcquire(Asked("U2", "C9"), out _));

        Assert.False(throttle.TryAcquire(Asked("U3", "C9"), out _));
        Assert.True(throttle.TryAcquire(Asked("U3", "C10"), out _));
    }

    [Fact]
    public void TryAcquire_NoUser_NeverLimited()
    {
        using var throttle = Throttle(perUser: 1, perChannel: 1);

        Assert.All(Enumerable.Range(0, 50), i => Assert.True(throttle.TryAcquire(Asked(null, null, "cli"), out _)));
    }
}
