using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Storage.Postgres;

/// <summary>The real server stopped (as a crash would) and started again under a running bot's stores.</summary>
[Collection(PostgresFaultsCollection.Name)]
public sealed class PostgresFaultTests(OwnPostgresCluster cluster) : IPostgresFaultTests, IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly StorageOptions _options = new() { Provider = StorageProvider.Postgres, ConnectionString = cluster.NewSchema() };
    private readonly ListLogger<PostgresDatabase> _dbLog = new();

    public void Dispose()
    {
        // A failed test must not leave the next one without a server.
        if (!cluster.IsRunning)
        {
            cluster.Start();
        }
    }

    private PostgresDatabase Database() => new(MsOptions.Create(_options), _dbLog);

    private int Warnings => _dbLog.Entries.Count(e => e.Level == LogLevel.Warning);

    private int Recoveries => _dbLog.Entries.Count(e => e.Message.Contains("works again after", StringComparison.Ordinal));

    [StoreFact]
    public async Task Start_ServerDown_StartsDegradedThenMigratesAndRecoversByItself()
    {
        using var db = Database();
        var startup = new PostgresSchemaStartup(new ServiceProviderStub(db, _options));
        cluster.Stop();

        await startup.StartAsync(CancellationToken.None);
        var writableWhileDown = db.IsWritable();
        var claimedWhileDown = new PostgresDeliveryDeduplicator(db, TimeProvider.System, new ListLogger<PostgresDeliveryDeduplicator>()).TryClaim("slack:event:Ev1", Ttl);
        cluster.Start();

        Assert.False(writableWhileDown);
        Assert.True(claimedWhileDown);
        Assert.True(db.IsWritable());
        var log = new PostgresQueryLog(db, MsOptions.Create(_options), new ListLogger<PostgresQueryLog>());
        log.Record(Contracts.QueryLogContract.Entry());
        Assert.Equal(1, log.Count());
        Assert.Equal(1, Warnings);
        Assert.Equal(1, Recoveries);
    }

    [StoreFact]
    public async Task QueryLog_ServerRestartsMidRun_EntriesQueuedMeanwhileWrittenWhenBack()
    {
        using var db = Database();
        var store = new PostgresQueryLog(db, MsOptions.Create(_options), new ListLogger<PostgresQueryLog>());
        using var log = new WriteBehindQueryLog(store, new ListLogger<WriteBehindQueryLog>());
        await log.StartAsync(CancellationToken.None);
        log.Record(Contracts.QueryLogContract.Entry("before"));
        await WaitUntil(() => store.Count() == 1);

        cluster.Stop();
        log.Record(Contracts.QueryLogContract.Entry("during 1", minute: 1));
        log.Record(Contracts.QueryLogContract.Entry("during 2", minute: 2));
        await WaitUntil(() => db.Outage.IsOpen); // the batch was offered and refused: held, not dropped
        cluster.Start();
        log.Record(Contracts.QueryLogContract.Entry("after", minute: 3));
        await log.StopAsync(CancellationToken.None);

        Assert.Equal(["after", "during 2", "during 1", "before"], store.Recent(10).Select(e => e.Question));
        Assert.Equal(1, Warnings);
    }

    [StoreFact]
    public void Deduplicator_TwoOutages_MemoryMeanwhileAndOneWarningEach()
    {
        using var db = Database();
        var dedupe = new PostgresDeliveryDeduplicator(db, TimeProvider.System, new ListLogger<PostgresDeliveryDeduplicator>());
        Assert.True(dedupe.TryClaim("slack:event:stored", Ttl));

        cluster.Stop();
        var duringFirst = new[] { dedupe.TryClaim("slack:event:m1", Ttl), dedupe.TryClaim("slack:event:m1", Ttl), dedupe.TryClaim("slack:event:m2", Ttl) };
        cluster.Start();
        var afterFirst = dedupe.TryClaim("slack:event:stored", Ttl);
        cluster.Stop();
        var duringSecond = dedupe.TryClaim("slack:event:m1", Ttl);
        cluster.Start();

        Assert.Equal([true, false, true], duringFirst);
        Assert.False(afterFirst);
        Assert.False(duringSecond);
        Assert.Equal(2, Warnings);
        Assert.Equal(1, Recoveries);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Waits for the background writer, not for a duration: the bound only turns a hang into a failure.
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(50))
        {
            Assert.True(waited < TimeSpan.FromSeconds(60), "the condition did not come true within a minute");
            await Task.Delay(50);
        }
    }

    /// <summary>Just what <see cref="PostgresSchemaStartup"/> resolves.</summary>
    private sealed class ServiceProviderStub(PostgresDatabase db, StorageOptions options) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(PostgresDatabase) ? db
            : serviceType == typeof(Microsoft.Extensions.Options.IOptions<StorageOptions>) ? MsOptions.Create(options)
            : null;
    }
}
