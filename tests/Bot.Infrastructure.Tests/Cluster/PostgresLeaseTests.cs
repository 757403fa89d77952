using System.Diagnostics;
using Bot.Infrastructure.Cluster;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Bot.Infrastructure.Tests.Storage;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Cluster;

/// <summary>Two replicas' leases on one real database: one leader at a time, a crash replaced once the lease runs out.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeaseTests(PostgresCluster cluster) : IPostgresTests, IDisposable
{
    private const int LeaseSeconds = 2;
    private readonly string _schema = cluster.NewSchema();
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private PostgresLease Replica(string name, TimeProvider? time = null)
    {
        var db = new PostgresDatabase(MsOptions.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = _schema }));
        var lease = new PostgresLease(db, MsOptions.Create(new ClusterOptions { LeaseSeconds = LeaseSeconds, Instance = name }),
            time ?? TimeProvider.System, new ListLogger<PostgresLease>());
        _owned.Add(lease);
        _owned.Add(db);
        return lease;
    }

    [StoreFact]
    public void Beat_TwoReplicas_OnlyTheFirstLeadsAndKeepsLeading()
    {
        var a = Replica("a");
        var b = Replica("b");

        a.Beat();
        b.Beat();
        a.Beat();
        b.Beat();

        Assert.True(a.IsLeader);
        Assert.False(b.IsLeader);
        Assert.False(b.WaitForLeadershipAsync(CancellationToken.None).IsCompleted);
    }

    [StoreFact]
    public async Task Beat_LeaderKilled_OtherTakesOverWithinTheLeaseAndTheOldOneStepsDown()
    {
        var a = Replica("a");
        var b = Replica("b");
        a.Beat();
        var aTerm = await a.WaitForLeadershipAsync(CancellationToken.None);
        var bWaits = b.WaitForLeadershipAsync(CancellationToken.None);

        // "kill -9": a stops beating and never releases. b keeps beating as its keeper would.
        var killed = Stopwatch.StartNew();
        b.Beat();
        var bLedAtOnce = b.IsLeader;
        while (!b.IsLeader)
        {
            Assert.True(killed.Elapsed < TimeSpan.FromSeconds(LeaseSeconds + 5), "no takeover within the lease plus 5 s");
            await Task.Delay(TimeSpan.FromSeconds(LeaseSeconds) / 3);
            b.Beat();
        }

        Assert.False(bLedAtOnce);
        Assert.True(bWaits.IsCompletedSuccessfully);
        // The old leader comes back (its process was only frozen): its next heartbeat finds the lease taken and it steps down.
        Assert.True(a.IsLeader);
        a.Beat();
        Assert.False(a.IsLeader);
        Assert.True(aTerm.IsCancellationRequested);
        Assert.True(b.IsLeader);
    }

    [StoreFact]
    public void Release_CleanStop_OtherTakesOverAtOnce()
    {
        var a = Replica("a");
        var b = Replica("b");
        a.Beat();

        a.Release();
        b.Beat();

        Assert.False(a.IsLeader);
        Assert.True(b.IsLeader);
    }

    [StoreFact]
    public async Task StepDownIfStale_NotRenewedForTwoThirdsOfTheLease_StopsLeadingBeforeAnyoneElseCan()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var a = Replica("a", time);
        a.Beat();
        var term = await a.WaitForLeadershipAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(LeaseSeconds) * 2 / 3 - TimeSpan.FromMilliseconds(1));
        a.StepDownIfStale();
        var stillLeading = a.IsLeader;
        time.Advance(TimeSpan.FromMilliseconds(1));
        a.StepDownIfStale();

        Assert.True(stillLeading);
        Assert.False(a.IsLeader);
        Assert.True(term.IsCancellationRequested);
    }
}
