using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbFollowedThreadsTests : IDisposable
{
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Find_FollowedBeforeARestart_StillFollowedWithItsParent()
    {
        using (var db = TempStorage.Open(_temp.Options()))
        {
            new LiteDbFollowedThreads(db, _time, new ListLogger<LiteDbFollowedThreads>()).Follow("discord", "900", "100", TimeSpan.FromDays(7));
        }

        using var reopened = TempStorage.Open(_temp.Options());
        var threads = new LiteDbFollowedThreads(reopened, _time, new ListLogger<LiteDbFollowedThreads>());

        Assert.Equal("100", threads.Find("discord", "900")?.ParentChannel);
        Assert.Null(threads.Find("discord", "901"));
        Assert.Null(threads.Find("slack", "900"));
    }

    [Fact]
    public void Find_AfterItsLifetime_NoLongerFollowed()
    {
        using var db = TempStorage.Open(_temp.Options());
        var threads = new LiteDbFollowedThreads(db, _time, new ListLogger<LiteDbFollowedThreads>());
        threads.Follow("slack", "T1:C1:1.2", "C1", TimeSpan.FromDays(7));

        _time.Advance(TimeSpan.FromDays(7));

        Assert.Null(threads.Find("slack", "T1:C1:1.2"));
    }
}
