using Bot.Core.Admin;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class ChannelSettingsStoreContract : StoreContract
{
    [StoreFact]
    public void Get_SavedBeforeARestart_ReadBackWhole()
    {
        var saved = new ChannelSettings
        {
            Platform = "slack", Workspace = "T1", Channel = "C1", Listed = true, ThreadFollowUps = false,
            Visibility = AnswerVisibility.Public, Language = "ko", ChangedBy = "U1",
            ChangedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero),
        };
        var storage = Open();
        storage.ChannelSettings().Save(saved);

        var reopened = Reopen(storage).ChannelSettings();

        Assert.Equal(saved, reopened.Get("slack", "T1", "C1"));
        Assert.Null(reopened.Get("slack", "T2", "C1"));
    }

    [StoreFact]
    public void FindChannel_KnowsTheChannelNotItsWorkspace_TheLatestRowOfThatChannel()
    {
        var storage = Open();
        var store = storage.ChannelSettings();
        store.Save(new ChannelSettings { Platform = "discord", Workspace = "G1", Channel = "100", Language = "ja", ChangedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) });
        store.Save(new ChannelSettings { Platform = "discord", Workspace = "G2", Channel = "100", Language = "ko", ChangedAt = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero) });
        store.Save(new ChannelSettings { Platform = "slack", Workspace = "T1", Channel = "100", Language = "en" });

        var reopened = Reopen(storage).ChannelSettings();

        Assert.Equal("ko", reopened.FindChannel("discord", "100")?.Language);
        Assert.Equal("en", reopened.FindChannel("slack", "100")?.Language);
        Assert.Null(reopened.FindChannel("discord", "200"));
    }

    [StoreFact]
    public void Set_ThroughTheUseCase_EveryChangeIsAnAdminEventInTheQueryLog()
    {
        var storage = Open();
        var log = storage.QueryLog();
        var admin = new ChannelSettingsAdmin(storage.ChannelSettings(), new FakeTimeProvider(), log);

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

public sealed class LiteDbChannelSettingsStoreContractTests : ChannelSettingsStoreContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresChannelSettingsStoreTests(PostgresCluster cluster) : ChannelSettingsStoreContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
