using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// At start, off the start-up path, brings a LiteDB file's daily query-log sums up to date (a file written before they
/// existed: <see cref="LiteDbQueryLog.CatchUp"/>) and sums the hours of days summed before hours were kept
/// (<see cref="LiteDbQueryLog.BackfillHours"/>), so the first curator report does not pay for it. Nothing to do on PostgreSQL.
/// </summary>
public sealed class QueryLogRollupStartup(IQueryLogStore log, ILogger<QueryLogRollupStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (log is not LiteDbQueryLog liteDb)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await Task.Run(liteDb.CatchUp, stoppingToken).ConfigureAwait(false);
            await Task.Run(() => liteDb.BackfillHours(stoppingToken), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first report (or retention sweep) tries again.
            logger.LogWarning("Query log daily sums not brought up to date at start ({Error}); the first report does it", ex.Message);
        }
    }
}
