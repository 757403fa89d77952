using Bot.Core.Admin;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbChannelSettingsStoreTests : IDisposable
{
    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Get_SavedBeforeARestart_ReadBackWhole()
    {
        var saved = new ChannelSettings
        {
            Platform = "slack", Workspace = "T1", Channel = "C1", Listed = true, ThreadFollowUps = false,
            Visibility = AnswerVisibility.Public, Language = "ko", ChangedBy = "U1",
            ChangedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero),
        };
        using (var db = TempStorage.Open(_temp.Options()))
        {
            new LiteDbChannelSettingsStore(db).Save(saved);
        }

        using var reopened = TempStorage.Open(_temp.Options());

        Assert.Equal(saved, new LiteDbChannelSettingsStore(reopened).Get("slack", "T1", "C1"));
        Assert.Null(new LiteDbChannelSettingsStore(reopened).Get("slack", "T2", "C1"));
    }

    [Fact]
    public void Set_ThroughTheUseCase_EveryChangeIsAnAdminEventInTheQueryLog()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        var log = TempStorage.QueryLog(db, options);
        var admin = new ChannelSettingsAdmin(new LiteDbChannelSettingsStore(db), new FakeTimeProvider(), log);

        admin.Set(new ConfigChange("discord", "G1", "100", "U1", IsAdmin: true, "answer-in", "listed"));
        admin.Set(new ConfigChange("discord", "G1", "100", "U1", IsAdmin: true, "listed", "on"));
        admin.Set(new ConfigChange("discord", "G1", "100", "U2", IsAdmin: false, "threads", "off"));

        var events = log.Recent(10);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(ChannelSettingsAdmin.AdminEventIntent, e.Intent));
        Assert.Contains(events, e => e.Question!.Contains("answer-in = listed", StringComparison.Ordinal));
        Assert.True(admin.For("discord", "G1", "100").AnswersHere);
        Assert.False(admin.For("discord", "G1", "200").AnswersHere);
        Assert.True(admin.For("discord", "G1", "100").ThreadFollowUps);
    }
}
