using System.Net;
using System.Net.Sockets;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class DbMigrateCommandTests(PostgresCluster cluster) : IPostgresTests
{
    private static Dictionary<string, string> Postgres(string connectionString) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = connectionString,
    };

    [StoreFact]
    public async Task DbMigrate_TwiceOnANewDatabase_AppliesEveryVersionThenNothing()
    {
        using var temp = new TempFolder();
        var database = Postgres(cluster.NewSchema());

        var first = await HostProcess.RunAsync(temp, ["db", "migrate"], environment: database);
        var second = await HostProcess.RunAsync(temp, ["db", "migrate"], environment: database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("migrated to schema version 6 (applied 1, 2, 3, 4, 5, 6)", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("is up to date (schema version 6)", second.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.DatabasePath)); // no LiteDB file made on the side
    }

    [Fact]
    public async Task DbMigrate_ServerUnreachable_Exit3NamingTheServerNotThePassword()
    {
        using var temp = new TempFolder();
        const string password = "pw-never-printed-9f2";

        var run = await HostProcess.RunAsync(temp, ["db", "migrate"],
            environment: Postgres($"Host=127.0.0.1;Port={ClosedPort()};Database=jkbot;Username=jkbot;Password={password};Timeout=3"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cannot reach 127.0.0.1:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_PostgresWithoutConnectionString_Exit3NamingTheKey()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["db", "migrate"], environment: new Dictionary<string, string> { ["Storage__Provider"] = "Postgres" });

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Storage:ConnectionString", run.Stderr, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
