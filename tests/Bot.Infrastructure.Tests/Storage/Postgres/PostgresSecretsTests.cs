using System.Net;
using System.Net.Sockets;
using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bot.Infrastructure.Tests.Storage.Postgres;

/// <summary>The connection string's password must never reach a log: not on failure, not on success, not in a validation error.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSecretsTests(PostgresCluster cluster) : IPostgresTests, IDisposable
{
    internal const string Password = "pw-Kq7-never-log-me";
    private readonly ListLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    private ServiceProvider Host(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        }).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        services.AddStorage();
        return services.BuildServiceProvider();
    }

    private void AssertNoPasswordLogged()
    {
        Assert.NotEmpty(_logs.Entries);
        Assert.All(_logs.Entries, e =>
        {
            Assert.DoesNotContain(Password, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, e.Exception?.ToString() ?? "", StringComparison.Ordinal);
        });
    }

    [StoreFact]
    public void Stores_DatabaseUnreachable_OneWarningNamesTheServerButNotThePassword()
    {
        using var host = Host($"Host=127.0.0.1;Port={ClosedPort()};Database=jkbot;Username=jkbot;Password={Password};Timeout=3");

        host.GetRequiredService<IQueryLog>().Record(Contracts.QueryLogContract.Entry());
        var claimed = host.GetRequiredService<IDeliveryDeduplicator>().TryClaim("slack:event:Ev1", TimeSpan.FromHours(1));
        var again = host.GetRequiredService<IDeliveryDeduplicator>().TryClaim("slack:event:Ev1", TimeSpan.FromHours(1));

        Assert.True(claimed);
        Assert.False(again); // deduplicated in memory meanwhile
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("/jkbot", warning.Message, StringComparison.Ordinal);
        Assert.False(host.GetRequiredService<IStorageHealth>().IsWritable());
        AssertNoPasswordLogged();
    }

    [StoreFact]
    public async Task Start_DatabaseReachable_MigrationLoggedWithoutThePassword()
    {
        var connectionString = cluster.NewSchema(password: Password);
        Assert.Contains(Password, connectionString, StringComparison.Ordinal); // trust auth ignores it, the string still carries it
        using var host = Host(connectionString);

        foreach (var service in host.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        Assert.True(host.GetRequiredService<IStorageHealth>().IsWritable());
        Assert.Contains(_logs.Entries, e => e.Message.Contains("schema migrated", StringComparison.Ordinal));
        AssertNoPasswordLogged();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
