using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Npgsql;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigratorTests(PostgresCluster cluster) : IPostgresTests
{
    private static PostgresDatabase Database(string connectionString) =>
        new(MsOptions.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString }));

    private static List<int> Recorded(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return [.. PostgresMigrator.AppliedVersions(connection).Order()];
    }

    [StoreFact]
    public async Task Migrate_TwoReplicasStartingAtOnce_EachVersionAppliedOnce()
    {
        var schema = cluster.NewSchema();
        using var first = Database(schema);
        using var second = Database(schema);
        using var start = new Barrier(2);

        // Both wait at the barrier, then race for the schema: without the advisory lock both would CREATE the same tables.
        var runs = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return first.Migrate(); }),
            Task.Run(() => { start.SignalAndWait(); return second.Migrate(); }));

        var all = PostgresSchema.Migrations.Select(m => m.Version).ToList();
        Assert.Equal(all, runs.SelectMany(r => r).Order());
        Assert.Contains(runs, r => r.Count == 0);
        Assert.Equal(all, Recorded(schema));
    }

    [StoreFact]
    public void Migrate_AlreadyMigrated_AppliesNothingAndKeepsRows()
    {
        var schema = cluster.NewSchema();
        using (var db = Database(schema))
        {
            db.Migrate();
            new PostgresDeliveryDeduplicator(db, TimeProvider.System, new ListLogger<PostgresDeliveryDeduplicator>()).TryClaim("slack:event:Ev1", TimeSpan.FromHours(1));
        }

        using var restarted = Database(schema);

        Assert.Empty(restarted.Migrate());
        Assert.False(new PostgresDeliveryDeduplicator(restarted, TimeProvider.System, new ListLogger<PostgresDeliveryDeduplicator>())
            .TryClaim("slack:event:Ev1", TimeSpan.FromHours(1)));
    }

    [StoreFact]
    public void Open_NeverMigratedSchema_MigratesBeforeTheFirstStatement()
    {
        var schema = cluster.NewSchema();
        using var db = Database(schema);

        var log = new PostgresQueryLog(db, MsOptions.Create(new StorageOptions()), new ListLogger<PostgresQueryLog>());
        log.Record(Contracts.QueryLogContract.Entry());

        Assert.Equal(1, log.Count());
        Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), Recorded(schema));
    }
}
