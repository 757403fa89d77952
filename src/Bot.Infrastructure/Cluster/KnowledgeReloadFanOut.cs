using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Infrastructure.Cluster;

/// <summary>
/// An admin's knowledge reload reaches every replica: after this replica reloads (a new snapshot is live), it sends
/// <c>NOTIFY jkbot_knowledge</c>; every other replica LISTENs, reloads its own <c>knowledge/</c> copy and logs the version it now
/// serves. A replica whose files differ says so in that line. The listening connection reconnects by itself after a database restart.
/// The same connection carries <c>jkbot_settings</c>: another replica saved a channel's settings, so this one's cached copy of
/// that row is forgotten (<see cref="PostgresChannelSettingsStore"/>); every (re)connection forgets them all, as notices may
/// have been missed meanwhile.
/// </summary>
public sealed class KnowledgeReloadFanOut(
    IKnowledgeReloader local,
    PostgresDatabase db,
    string instance,
    TimeProvider time,
    ILogger<KnowledgeReloadFanOut> logger,
    PostgresChannelSettingsStore? settings = null) : BackgroundService, IKnowledgeReloader
{
    internal const string Channel = "jkbot_knowledge";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the LISTEN is in place (tests, and the first reload after start).</summary>
    public Task Listening => _listening.Task;

    public async Task<KnowledgeReloadReport> ReloadAsync(CancellationToken cancellationToken)
    {
        var report = await local.ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (report.Status == KnowledgeReloadStatus.Reloaded)
        {
            try
            {
                using var connection = db.Open();
                connection.Execute("SELECT pg_notify(@c, @me)", ("c", Channel), ("me", instance));
            }
            catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex))
            {
                logger.LogWarning("Knowledge reloaded here, but the other replicas were not told ({Error}): reload them too", ex.Message);
            }
        }

        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex) || ex is System.IO.IOException)
            {
                logger.LogDebug("Knowledge reload notices paused ({Error}); listening again in {Delay}", ex.Message, Reconnect);
                _listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            await Task.Delay(Reconnect, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = db.Open();
        var notices = System.Threading.Channels.Channel.CreateUnbounded<string>();
        connection.Notification += (_, e) =>
        {
            if (e.Channel == PostgresChannelSettingsStore.NoticeChannel)
            {
                settings?.Forget(e.Payload);
            }
            else
            {
                notices.Writer.TryWrite(e.Payload);
            }
        };
        connection.Execute($"LISTEN {Channel}");
        if (settings is not null)
        {
            connection.Execute($"LISTEN {PostgresChannelSettingsStore.NoticeChannel}");
            settings.ForgetAll();
        }

        _listening.TrySetResult();
        var reloads = Task.Run(async () =>
        {
            await foreach (var from in notices.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (from != instance)
                {
                    await ReloadOnNoticeAsync(from, stoppingToken).ConfigureAwait(false);
                }
            }
        }, stoppingToken);
        try
        {
            while (true)
            {
                await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            notices.Writer.TryComplete();
            await reloads.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Pooled connections are not reset when they go back (No Reset On Close): leave none listening.
            try
            {
                if (connection.State == System.Data.ConnectionState.Open)
                {
                    connection.Execute("UNLISTEN *");
                }
            }
            catch (Exception)
            {
                // Clean-up on the way out: a broken connection is not returned to the pool anyway, and the loop's own
                // exception (if any) is the one that matters.
            }
        }
    }

    private async Task ReloadOnNoticeAsync(string from, CancellationToken cancellationToken)
    {
        var report = await local.ReloadAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Knowledge reload on {From} reached {Instance}: {Report}", from, instance, report.ToText(500));
    }
}
