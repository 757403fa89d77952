using Bot.Core.Abstractions;
using Bot.Host.Tests.Support;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Host.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class DbCopyCommandTests(PostgresCluster cluster) : IPostgresTests
{
    [StoreFact]
    public async Task DbCopy_RunTwice_CopiesTheLogOnceWithProgressOnStderr()
    {
        using var temp = new TempFolder();
        var lite = MsOptions.Create(new StorageOptions { Path = temp.DatabasePath });
        using (var db = new LiteDbContext(lite))
        {
            new LiteDbQueryLog(db, lite, NullLogger<LiteDbQueryLog>.Instance).RecordMany([
                new QueryLogEntry(DateTimeOffset.UnixEpoch, "discord", "what is GSOMIA?", "Glossary", "Answer", 0.5),
                new QueryLogEntry(DateTimeOffset.UnixEpoch.AddMinutes(1), "slack", "1965 treaty?", "Timeline", "Answer", 0.7),
            ]);
        }

        var database = cluster.NewSchema();
        var first = await HostProcess.RunAsync(temp, ["db", "copy", "--from", temp.DatabasePath, "--to", database]);
        var second = await HostProcess.RunAsync(temp, ["db", "copy", "--from", temp.DatabasePath, "--to", database]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("query log: 2", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("100% query log 2/2", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        var pg = MsOptions.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = database });
        using var target = new PostgresDatabase(pg);
        var log = new PostgresQueryLog(target, pg, NullLogger<PostgresQueryLog>.Instance);
        Assert.Equal(2, log.Count());
        Assert.Equal(["1965 treaty?", "what is GSOMIA?"], log.Recent(5).Select(e => e.Question));
    }

    [StoreFact]
    public async Task DbCopy_MissingFileOrBadConnectionString_Exit2SayingWhich()
    {
        using var temp = new TempFolder();

        var missing = await HostProcess.RunAsync(temp, ["db", "copy", "--from", "/nonexistent/bot.db", "--to", cluster.NewSchema()]);
        var bad = await HostProcess.RunAsync(temp, ["db", "copy", "--from", temp.DatabasePath, "--to", "Host=db;Password=hunter2;Nonsense=1"]);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/nonexistent/bot.db", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--to", bad.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", bad.Stderr, StringComparison.Ordinal);
    }
}
