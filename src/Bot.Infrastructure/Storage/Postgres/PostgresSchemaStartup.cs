using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Migrates the PostgreSQL schema when the host starts (nothing with LiteDB). A database that cannot be reached does not stop the
/// start: the bot runs degraded, as with a locked LiteDB file, and the first statement that reaches the database migrates it.
/// </summary>
internal sealed class PostgresSchemaStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!services.UsesPostgres())
        {
            return Task.CompletedTask;
        }

        var db = services.GetRequiredService<PostgresDatabase>();
        try
        {
            db.Migrate();
        }
        catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex))
        {
            db.Failed(ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
