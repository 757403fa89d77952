using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Infrastructure.Cluster;

/// <summary>Beats <see cref="PostgresLease"/> while <c>serve</c> runs, and releases it at a clean stop (with LiteDB it only publishes <c>jkbot.leader</c>).</summary>
internal sealed class LeaseKeeper(IServiceProvider services, TimeProvider time) : BackgroundService
{
    private int _beating;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Creating it registers the jkbot.leader gauge, with either provider.
        _ = services.GetRequiredService<Bot.Core.Telemetry.ClusterMetrics>();
        if (!services.UsesPostgres())
        {
            return;
        }

        var lease = services.GetRequiredService<PostgresLease>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                lease.StepDownIfStale();
                // A heartbeat stuck on an unreachable server must not hold up the stale check of the next one.
                if (Interlocked.Exchange(ref _beating, 1) == 0)
                {
                    _ = Task.Run(() =>
                    {
                        try
                        {
                            lease.Beat();
                        }
                        finally
                        {
                            Volatile.Write(ref _beating, 0);
                        }
                    }, CancellationToken.None);
                }

                await Task.Delay(lease.Heartbeat, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync releases the lease.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (services.UsesPostgres())
        {
            services.GetRequiredService<PostgresLease>().Release();
        }
    }
}
