using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Removes question text older than <see cref="StorageOptions.QuestionRetentionDays"/> from the query log, at start and then
/// every <see cref="Interval"/>; the entries stay, so counts per day, intent and outcome do too. Idempotent, so replicas sharing
/// one PostgreSQL database may all run it. Also deletes the curator report's stored gap-text vectors (they derive from question
/// text) not used within the window, and all of them when question text is not logged.
/// </summary>
public sealed class QuestionRetentionSweep(
    IQueryLogStore log, IOptions<StorageOptions> options, TimeProvider time, ILogger<QuestionRetentionSweep> logger,
    Bot.Infrastructure.Retrieval.IGapVectorCache? gapVectors = null) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>One sweep now; returns how many questions lost their text (0 when the database could not be used: the next sweep tries again).</summary>
    public int SweepOnce()
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.QuestionRetentionDays);
        try
        {
            var vectors = gapVectors?.ForgetGapVectorsUnusedBefore(options.Value.LogQuestionText ? cutoff : DateTimeOffset.MaxValue) ?? 0;
            if (vectors > 0)
            {
                logger.LogInformation("{Count} stored gap-question vectors unused for {Days} days removed", vectors, options.Value.QuestionRetentionDays);
            }

            var forgotten = log.ForgetQuestionsBefore(cutoff);
            if (forgotten > 0)
            {
                logger.LogInformation("Question text removed from {Count} query log entries older than {Days} days", forgotten, options.Value.QuestionRetentionDays);
            }

            return forgotten;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Question retention sweep failed ({Error}); it runs again in {Interval}", ex.Message, Interval);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: a first sweep over a large log must not delay serving.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            SweepOnce();
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
