using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Adapters.Common.Retries;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Slack.Outbound;
using Bot.Core;
using Bot.Core.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Inbound.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection alive (Slack:Mode = SocketMode). When Slack asks us to move (disconnect
/// "warning" or "refresh_requested") the next connection is opened before the old one is closed, so no envelope
/// falls between them. A dropped socket is reopened with exponential backoff and jitter. "link_disabled" and
/// rejected tokens are fatal: logged as critical, and the client stops instead of hammering Slack.
/// </summary>
public sealed class SocketModeClient(
    SlackApiClient api,
    SocketModeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger,
    PlatformMetrics? metrics = null,
    ILeadership? leadership = null) : BackgroundService
{
    private static readonly HashSet<string> FatalOpenErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "not_allowed_token_type", "missing_scope",
    };

    private readonly Channel<SocketSignal> _signals = Channel.CreateUnbounded<SocketSignal>();
    private int _failures;
    private int _opened;
    private volatile bool _connected;

    /// <summary>A connection is open and Slack has said hello on it (for <c>/readyz</c>).</summary>
    public bool IsConnected => _connected;

    /// <summary>Why the client stopped for good (link_disabled, a refused token); null while it keeps going.</summary>
    public string? StopReason { get; private set; }

    /// <summary>True while another replica holds the lease and so the Socket Mode connection (this one serves HTTP only).</summary>
    public bool IsStandby => options.Value.Mode == SlackMode.SocketMode && leadership is { IsLeader: false };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Mode == SlackMode.SocketMode ? leadership.RunWhileLeadingAsync(RunAsync, stoppingToken) : Task.CompletedTask;

    /// <summary>One leadership term's connection: closed when the host stops or this replica loses the lease.</summary>
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        SocketModeConnection? active = null;
        try
        {
            active = await ConnectAsync(stoppingToken).ConfigureAwait(false);
            while (active is not null)
            {
                var signal = await _signals.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
                if (signal.Connection != active)
                {
                    continue; // an old connection finishing its close
                }

                active = await OnSignalAsync(active, signal, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _connected = false;
            if (active is not null)
            {
                await active.CloseAsync().ConfigureAwait(false);
                await active.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The connection to keep using afterwards; null stops the client.</summary>
    private async Task<SocketModeConnection?> OnSignalAsync(SocketModeConnection active, SocketSignal signal, CancellationToken stoppingToken)
    {
        switch (signal.Kind)
        {
            case SocketSignalKind.Hello:
                _failures = 0;
                _connected = true;
                logger.LogInformation("Slack Socket Mode connection {Id} ready", active.Id);
                return active;

            case SocketSignalKind.Disconnect when signal.Reason == "link_disabled":
                logger.LogCritical(
                    "Slack disabled this app's Socket Mode link (disconnect: link_disabled). Not reconnecting: turn Socket Mode "
                    + "back on for the app (or use Slack:Mode=Events) and restart the bot.");
                _connected = false;
                StopReason = "link_disabled";
                await Retire(active).ConfigureAwait(false);
                return null;

            case SocketSignalKind.Disconnect when signal.Reason == "too_many_websockets":
                // Opening another would only make it worse: drop this one and come back after a backoff.
                logger.LogWarning("Slack Socket Mode connection {Id}: too many connections for this app; reconnecting after a backoff", active.Id);
                _connected = false;
                await Retire(active).ConfigureAwait(false);
                _failures++;
                metrics?.Reconnect(Platforms.Slack);
                return await ConnectAsync(stoppingToken).ConfigureAwait(false);

            case SocketSignalKind.Disconnect:
                logger.LogInformation("Slack Socket Mode connection {Id}: disconnect ({Reason}); switching to a new connection", active.Id, signal.Reason);
                metrics?.Reconnect(Platforms.Slack);
                var next = await ConnectAsync(stoppingToken).ConfigureAwait(false);
                await Retire(active).ConfigureAwait(false);
                return next;

            default:
                logger.LogWarning("Slack Socket Mode connection {Id} dropped ({Reason}); reconnecting", active.Id, signal.Reason ?? "closed");
                _connected = false;
                await active.DisposeAsync().ConfigureAwait(false);
                _failures++;
                metrics?.Reconnect(Platforms.Slack);
                return await ConnectAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private static async Task Retire(SocketModeConnection connection)
    {
        await connection.CloseAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A new connection (apps.connections.open URLs are single-use), after a backoff if the last ones failed; null if fatal.</summary>
    private async Task<SocketModeConnection?> ConnectAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (true)
        {
            if (_failures > 0)
            {
                var delay = Backoff.Delay(_failures - 1, settings.ReconnectBaseDelay, settings.ReconnectMaxDelay);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
            }

            var opened = await api.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
            if (!opened.Ok)
            {
                if (FatalOpenErrors.Contains(opened.Error ?? ""))
                {
                    logger.LogCritical("Slack Socket Mode cannot start: apps.connections.open says {Error}. Check Slack:AppToken (xapp-, scope connections:write). Not retrying.", opened.Error);
                    _connected = false;
                    StopReason = opened.Error;
                    return null;
                }

                _failures++;
                continue;
            }

            if (!Uri.TryCreate(opened.Field("url"), UriKind.Absolute, out var url) || url.Scheme is not ("wss" or "ws"))
            {
                logger.LogWarning("Slack apps.connections.open returned no usable WebSocket URL");
                _failures++;
                continue;
            }

            try
            {
                var id = Interlocked.Increment(ref _opened);
                return await SocketModeConnection.OpenAsync(id, url, _signals.Writer, DispatchAsync, logger, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                logger.LogWarning(ex, "Slack Socket Mode connection failed; retrying with backoff");
                _failures++;
            }
        }
    }

    private Task<JsonObject?> DispatchAsync(JsonElement envelope, CancellationToken cancellationToken) => dispatcher.HandleAsync(envelope, cancellationToken);
}
