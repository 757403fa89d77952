using Bot.Core.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary>
/// Runs <see cref="DigestRunner.TickAsync"/> at start and then every minute on the injected clock. Polling (rather
/// than sleeping until the next due time) picks up subscriptions added by command and retries without a wake-up plan;
/// a tick with nothing due costs a few reads of a small collection. Off when <c>Digest:RunInServe</c> is false (a second
/// instance, or <c>digest tick</c> from cron instead). With several replicas only the leader ticks (<see cref="ILeadership"/>);
/// the delivery records would stop a double post anyway, this saves the followers the work.
/// </summary>
public sealed class DigestScheduler(
    DigestRunner runner,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger,
    ILeadership? leadership = null,
    WeeklyCuratorReport? weekly = null) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInServe)
        {
            logger.LogInformation("Digest scheduler off (Digest:RunInServe=false): another instance or `digest tick` posts the digests");
            return;
        }

        await leadership.RunWhileLeadingAsync(TickEveryMinuteAsync, stoppingToken).ConfigureAwait(false);
    }

    private async Task TickEveryMinuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                foreach (var result in await runner.TickAsync(time.GetUtcNow(), stoppingToken))
                {
                    if (result.Outcome is not (DigestTickOutcome.NotDue or DigestTickOutcome.AlreadyDone or DigestTickOutcome.Waiting))
                    {
                        logger.LogInformation("Digest tick: {Result}", result);
                    }
                }

                // Mondays: the curator report channel's weekly report, on the same tick and delivery records.
                if (weekly is not null && await weekly.TickAsync(time.GetUtcNow(), stoppingToken) is { Outcome: not (DigestTickOutcome.AlreadyDone or DigestTickOutcome.Waiting) } report)
                {
                    logger.LogInformation("Weekly curator report: {Result}", report);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A broken tick (database locked, knowledge reload failing) must not end the loop: the next minute tries again.
                logger.LogError(ex, "Digest tick failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
