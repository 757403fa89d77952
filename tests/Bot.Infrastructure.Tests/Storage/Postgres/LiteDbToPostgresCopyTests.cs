using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Digest;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Bot.Infrastructure.Tests.Storage.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class LiteDbToPostgresCopyTests(PostgresCluster cluster) : IPostgresTests, IDisposable
{
    private readonly LiteDbUnderTest _lite = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    public void Dispose() => _lite.Dispose();

    private void FillLiteDb()
    {
        _lite.QueryLog().RecordMany([QueryLogContract.Entry("first", 1), QueryLogContract.Entry("second", 2), QueryLogContract.Entry("third", 3)]);
        _lite.Conversations(_time).Set("slack:T1:C1:1.2", new ConversationState { FaqId = "gsomia", Year = 2019 });
        _lite.Feedback(_time).Record("slack", "A1", "U1", helpful: true);
        _lite.Feedback(_time).Record("slack", "A2", "U1", helpful: false);
        _lite.Feedback(_time).RecordReason("slack", "A2", "U1", "outdated", "the 2024 figure is out");
        _lite.Deduplicator(_time).TryClaim("slack:event:Ev1", TimeSpan.FromHours(24));
        _lite.FollowedThreads(_time).Follow("discord", "900", "100", TimeSpan.FromDays(7));
        _lite.ChannelSettings().Save(new ChannelSettings { Platform = "slack", Workspace = "T1", Channel = "C1", Listed = true });
        var digest = _lite.Digest();
        digest.Save(new DigestSubscription { Platform = "slack", Workspace = "T1", Channel = "C1", Time = new TimeOnly(8, 0) });
        digest.TryClaim(new DigestDelivery
        {
            Key = IdempotencyKey.For("slack", "C1", new DateOnly(2026, 11, 27)), SubscriptionId = "slack:C1", LocalDate = new DateOnly(2026, 11, 27),
            DueAt = _time.GetUtcNow(), State = DeliveryState.Sent, UpdatedAt = _time.GetUtcNow(), MessageId = "1.2",
        });
        digest.SaveFingerprints(new KnowledgeFingerprints("v1", new Dictionary<string, string> { ["faq:gsomia"] = "abc" }));
        _lite.Embeddings().Store("m", [("h1", [1f, 2f])]);
    }

    [StoreFact]
    public void Run_Twice_EverythingCopiedOnceAndReadableByThePostgresStores()
    {
        FillLiteDb();
        var schema = cluster.NewSchema();
        var reports = new List<CopyProgress>();

        new LiteDbToPostgresCopy(_lite.Options.Path, schema).Run(new Collect(reports));
        var again = new LiteDbToPostgresCopy(_lite.Options.Path, schema).Run();

        var options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = schema });
        using var db = new PostgresDatabase(options);
        var log = new PostgresQueryLog(db, options, new ListLogger<PostgresQueryLog>());
        Assert.Equal(["third", "second", "first"], log.Recent(10).Select(e => e.Question));
        Assert.Equal(QueryLogContract.Entry("first", 1), log.Recent(10)[^1]);
        Assert.Equal("gsomia", new PostgresConversationStore(db, options, _time, new ListLogger<PostgresConversationStore>()).Get("slack:T1:C1:1.2")?.FaqId);
        var feedback = new PostgresFeedbackStore(db, _time, new ListLogger<PostgresFeedbackStore>());
        Assert.Equal((1, 0), feedback.Totals("A1"));
        Assert.Equal(("outdated", "the 2024 figure is out"), feedback.Since(DateTimeOffset.MinValue).Where(v => v.AnswerId == "A2").Select(v => (v.Reason, v.Text)).Single());
        Assert.False(new PostgresDeliveryDeduplicator(db, _time, new ListLogger<PostgresDeliveryDeduplicator>()).TryClaim("slack:event:Ev1", TimeSpan.FromHours(24)));
        Assert.Equal("100", new PostgresFollowedThreads(db, _time, new ListLogger<PostgresFollowedThreads>()).Find("discord", "900")?.ParentChannel);
        Assert.True(new PostgresChannelSettingsStore(db).Get("slack", "T1", "C1")?.Listed);
        var digest = new PostgresDigestStore(db);
        Assert.Equal(new TimeOnly(8, 0), Assert.Single(digest.Subscriptions()).Time);
        Assert.Equal("1.2", Assert.Single(digest.RecentDeliveries("slack:C1", 5)).MessageId);
        Assert.Equal("abc", digest.Fingerprints("v1")?.Entries["faq:gsomia"]);
        Assert.Equal([1f, 2f], new PostgresEmbeddingCache(db).Load("m")["h1"]);
        Assert.Contains(new CopyProgress("query log", 3, 3), reports);
        Assert.Equal(3, again.Rows.Single(r => r.Collection == "query log").Rows);
    }

    [StoreFact]
    public void Run_MissingLiteDbFile_SaysWhichFile()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new LiteDbToPostgresCopy("/nonexistent/bot.db", "Host=127.0.0.1").Run());

        Assert.Contains("/nonexistent/bot.db", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Progress reported in the caller's thread (Progress&lt;T&gt; would post it later, racing the asserts).</summary>
    private sealed class Collect(List<CopyProgress> reports) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => reports.Add(value);
    }
}
