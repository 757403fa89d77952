using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Cluster;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Bot.Infrastructure.Tests.Storage;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Cluster;

/// <summary>An admin reload on one replica reaches the others through LISTEN/NOTIFY on a real database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class KnowledgeReloadFanOutTests(PostgresCluster cluster) : IPostgresTests, IDisposable
{
    private readonly PostgresDatabase _db = new(MsOptions.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = cluster.NewSchema() }));

    public void Dispose() => _db.Dispose();

    /// <summary>A replica's own reload: answers with the status it is given and signals each call.</summary>
    private sealed class Replica(KnowledgeReloadStatus status) : IKnowledgeReloader
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls;

        public Task<KnowledgeReloadReport> ReloadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            Called.TrySetResult();
            return Task.FromResult(new KnowledgeReloadReport(status, "v2", new PartialDate(2026), new KnowledgeCounts(1, 1, 1, 1, 1), []));
        }
    }

    private readonly ListLogger<KnowledgeReloadFanOut> _log = new();

    private KnowledgeReloadFanOut FanOut(IKnowledgeReloader local, string instance) =>
        new(local, _db, instance, TimeProvider.System, instance == "b" ? _log : new ListLogger<KnowledgeReloadFanOut>());

    [StoreFact]
    public async Task ChannelSettings_SavedOnA_BForgetsItsCachedRowBeforeItExpires()
    {
        // B's store keeps what it read for a few seconds (issue 16); A's save tells B to read that row afresh.
        var onA = new PostgresChannelSettingsStore(_db);
        var onB = new PostgresChannelSettingsStore(_db);
        using var listening = new KnowledgeReloadFanOut(new Replica(KnowledgeReloadStatus.Reloaded), _db, "b", TimeProvider.System, _log, onB);
        await listening.StartAsync(CancellationToken.None);
        await listening.Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var cachedAt = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(onB.Get("discord", "G1", "C1")); // cached: no such row

        onA.Save(new Bot.Core.Admin.ChannelSettings { Platform = "discord", Workspace = "G1", Channel = "C1", Listed = true });
        Assert.True(onA.Get("discord", "G1", "C1")?.Listed); // the saving replica sees it at once
        while (onB.Get("discord", "G1", "C1")?.Listed != true)
        {
            // Within the cache time (5 s) of B's read: it is the notice, not the expiry, that made B read again.
            Assert.True(cachedAt.Elapsed < TimeSpan.FromSeconds(4), "B still served its cached row 4 s after A's save");
            await Task.Delay(50);
        }

        await listening.StopAsync(CancellationToken.None);
    }

    [StoreFact]
    public void ChannelSettings_NobodyListening_ARowIsReadAfreshOnceItsCacheTimeIsOver()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var onA = new PostgresChannelSettingsStore(_db, time);
        var onB = new PostgresChannelSettingsStore(_db, time);
        Assert.Null(onB.Get("slack", "T1", "C1"));

        onA.Save(new Bot.Core.Admin.ChannelSettings { Platform = "slack", Workspace = "T1", Channel = "C1", Language = "ja" });
        Assert.Null(onB.Get("slack", "T1", "C1")); // still B's cached read
        time.Advance(PostgresChannelSettingsStore.CacheFor);

        Assert.Equal("ja", onB.Get("slack", "T1", "C1")?.Language);
    }

    private bool BHeardFrom(string instance) =>
        _log.Entries.ToArray().Any(e => e.Message.StartsWith($"Knowledge reload on {instance} reached b", StringComparison.Ordinal));

    [StoreFact]
    public async Task ReloadAsync_ReloadedOnA_BReloadsWithin5Seconds()
    {
        var a = new Replica(KnowledgeReloadStatus.Reloaded);
        var b = new Replica(KnowledgeReloadStatus.Reloaded);
        using var onA = FanOut(a, "a");
        using var onB = FanOut(b, "b");
        await onB.StartAsync(CancellationToken.None);
        await onB.Listening.WaitAsync(TimeSpan.FromSeconds(30));

        var report = await onA.ReloadAsync(CancellationToken.None);
        await b.Called.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await onB.StopAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadStatus.Reloaded, report.Status);
        Assert.Equal(1, a.Calls);
        Assert.Equal(1, b.Calls);
    }

    [StoreFact]
    public async Task ReloadAsync_RejectedOnA_OthersAreNotTold()
    {
        var a = new Replica(KnowledgeReloadStatus.Rejected);
        var b = new Replica(KnowledgeReloadStatus.Reloaded);
        var c = new Replica(KnowledgeReloadStatus.Reloaded);
        using var onA = FanOut(a, "a");
        using var onB = FanOut(b, "b");
        using var onC = FanOut(c, "c");
        await onB.StartAsync(CancellationToken.None);
        await onB.Listening.WaitAsync(TimeSpan.FromSeconds(30));

        await onA.ReloadAsync(CancellationToken.None);
        // A notice sent after A's rejected reload: notices arrive in order, so once B has C's, it would have had A's first.
        await onC.ReloadAsync(CancellationToken.None);
        for (var waited = 0; !BHeardFrom("c"); waited += 50)
        {
            Assert.True(waited < 5_000, "C's notice did not reach B within 5 s");
            await Task.Delay(50);
        }

        await onB.StopAsync(CancellationToken.None);

        Assert.False(BHeardFrom("a"));
        Assert.Equal(1, b.Calls);
    }
}
