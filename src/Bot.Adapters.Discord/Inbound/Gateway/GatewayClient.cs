using System.Net.WebSockets;
using System.Text.Json;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Common.Retries;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Core;
using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>
/// The outbound Gateway connection (Discord:Mode = Gateway): Identify with no intents, heartbeat, resume after drops, op 7 and
/// op 9, reconnect with exponential backoff and jitter, and stop for good — with one clear log line, no loop — on a fatal close
/// code. <c>INTERACTION_CREATE</c> goes to the same <see cref="InteractionHandler"/> as the HTTP endpoint; the reply is POSTed
/// to the interaction's callback.
/// </summary>
public sealed class GatewayClient(
    DiscordRestClient rest,
    InteractionHandler handler,
    MessageHandler messages,
    DiscordIdentity identity,
    [FromKeyedServices(Platforms.Discord)] WorkQueue work,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    PlatformMetrics? metrics = null,
    ILeadership? leadership = null) : BackgroundService
{
    private readonly GatewaySession _session = new();

    public GatewayState State { get; private set; } = GatewayState.Off;

    /// <summary>Why the client stopped for good (<see cref="GatewayState.Failed"/>).</summary>
    public string? StopReason { get; private set; }

    /// <summary>True while another replica holds the lease and so the Gateway (this one serves HTTP only).</summary>
    public bool IsStandby => options.Value.Mode == DiscordMode.Gateway && leadership is { IsLeader: false };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Mode == DiscordMode.Gateway ? leadership.RunWhileLeadingAsync(RunAsync, stoppingToken) : Task.CompletedTask;

    /// <summary>One leadership term's Gateway session: it ends when the host stops or this replica loses the lease.</summary>
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        // A session from an earlier term may have been resumed by the leader since: start afresh.
        _session.Clear();
        var budget = new IdentifyBudget(time, o.IdentifyMinInterval, o.IdentifyReserve);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            State = GatewayState.Connecting;
            ConnectionEnd end;
            try
            {
                var url = _session.CanResume ? _session.ResumeUrl! : await PrepareIdentifyAsync(budget, stoppingToken).ConfigureAwait(false);
                end = await RunConnectionAsync(ConnectUri(url), budget, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (DiscordApiException ex) when (ex.Status is 401 or 403)
            {
                end = new ConnectionEnd(NextStep.Fatal, $"GET /gateway/bot was refused with HTTP {ex.Status}: Discord rejected Discord:BotToken", false);
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordApiException or OperationCanceledException or JsonException)
            {
                end = new ConnectionEnd(NextStep.Resume, $"could not connect ({ex.Message})", false);
            }

            if (end.Next == NextStep.Fatal)
            {
                State = GatewayState.Failed;
                StopReason = end.Reason;
                logger.LogCritical("Discord Gateway stopped: {Reason}. The bot will not reconnect; fix the setting and restart it.", end.Reason);
                return;
            }

            if (end.Next == NextStep.Stop)
            {
                break;
            }

            // Not ready while backing off: /readyz says so until the next READY or RESUMED.
            State = GatewayState.Connecting;
            if (end.Next == NextStep.Identify)
            {
                _session.Clear();
            }

            failures = end.WasReady ? 0 : failures + 1;
            metrics?.Reconnect(Platforms.Discord);
            var delay = Backoff.Delay(failures, o.ReconnectBaseDelay, o.ReconnectMaxDelay);
            logger.LogInformation("Gateway connection ended: {Reason}. {Next} in {Delay}", end.Reason, _session.CanResume ? "Resuming" : "Identifying", delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        State = GatewayState.Stopped;
    }

    /// <summary>The Gateway URL for a fresh session, after waiting for the Identify budget.</summary>
    private async Task<string> PrepareIdentifyAsync(IdentifyBudget budget, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var url = o.GatewayUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            budget.Update(info.SessionStartLimit);
            url = info.Url;
        }

        var wait = budget.DelayBeforeNext(out var exhausted);
        if (exhausted)
        {
            logger.LogError("Only {Reserve} or fewer Gateway Identifies are left today; waiting {Wait} for the daily reset rather than risk the bot token", o.IdentifyReserve, wait);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return url;
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri uri, IdentifyBudget budget, CancellationToken stoppingToken)
    {
        var o = options.Value;
        await using var connection = await GatewayConnection.OpenAsync(uri, o.RequestTimeout, time, logger, stoppingToken).ConfigureAwait(false);
        var heartbeat = Task.CompletedTask;
        var ready = false;
        try
        {
            while (true)
            {
                using var frame = await connection.ReceiveAsync().ConfigureAwait(false);
                if (frame is null)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        // The server answered the close frame the connection sent because the host is stopping.
                        return new ConnectionEnd(NextStep.Stop, "stopping", ready);
                    }

                    // The server answered the close frame sent for a zombie connection: its code is an echo, the session resumes.
                    if (connection.IsZombie)
                    {
                        return new ConnectionEnd(NextStep.Resume, "zombie connection (no heartbeat ACK)", ready);
                    }

                    var code = connection.CloseStatus;
                    return new ConnectionEnd(GatewayCloseCodes.Classify(code), GatewayCloseCodes.Describe(code), ready);
                }

                var root = frame.RootElement;
                if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
                {
                    _session.Saw(s.GetInt64());
                }

                var data = root.TryGetProperty("d", out var d) ? d : default;
                switch (root.TryGetProperty("op", out var op) && op.TryGetInt32(out var opcode) ? opcode : -1)
                {
                    case GatewayOpcode.Hello:
                        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = connection.HeartbeatAsync(interval, () => _session.Sequence);
                        await IdentifyOrResumeAsync(connection, budget).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        connection.Acked();
                        break;
                    case GatewayOpcode.Heartbeat:
                        await connection.SendHeartbeatAsync(_session.Sequence).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Reconnect:
                        await connection.CloseAsync(GatewayCloseCodes.ReconnectClose, "reconnect requested").ConfigureAwait(false);
                        return new ConnectionEnd(NextStep.Resume, "Discord asked for a reconnect (op 7)", ready);
                    case GatewayOpcode.InvalidSession:
                        var resumable = data.ValueKind == JsonValueKind.True;
                        await connection.CloseAsync(GatewayCloseCodes.ReconnectClose, "invalid session").ConfigureAwait(false);
                        return new ConnectionEnd(resumable ? NextStep.Resume : NextStep.Identify, $"invalid session (op 9, resumable: {resumable})", ready);
                    case GatewayOpcode.Dispatch:
                        ready |= OnDispatch(root.TryGetProperty("t", out var t) ? t.GetString() : null, data);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Closing with 1000 ends the session on purpose: the host is stopping.
            await connection.CloseAsync(1000, "shutting down").ConfigureAwait(false);
            return new ConnectionEnd(NextStep.Stop, "stopping", ready);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new ConnectionEnd(NextStep.Resume, connection.IsZombie ? "zombie connection (no heartbeat ACK)" : $"connection failed ({ex.Message})", ready);
        }
        finally
        {
            await connection.CloseAsync(GatewayCloseCodes.ReconnectClose, "reconnecting").ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private async Task IdentifyOrResumeAsync(GatewayConnection connection, IdentifyBudget budget)
    {
        var token = options.Value.BotToken!;
        if (_session.CanResume)
        {
            await connection.SendAsync(GatewayOpcode.Resume, new { token, session_id = _session.SessionId, seq = _session.Sequence }).ConfigureAwait(false);
            return;
        }

        budget.Spend();
        await connection.SendAsync(GatewayOpcode.Identify, new
        {
            token,
            // INTERACTION_CREATE needs no intent; messages need GUILD_MESSAGES/DIRECT_MESSAGES (not privileged). Message Content is
            // asked for only when configured: a privileged intent not enabled in the portal is refused with 4014.
            intents = GatewayIntents.For(options.Value),
            properties = new Dictionary<string, string> { ["os"] = "linux", ["browser"] = "jk-relations-bot", ["device"] = "jk-relations-bot" },
            shard = new[] { 0, 1 },
        }).ConfigureAwait(false);
    }

    /// <summary>Handles one dispatch; true when it was READY or RESUMED (the connection is healthy).</summary>
    private bool OnDispatch(string? type, JsonElement data)
    {
        switch (type)
        {
            case "READY":
                _session.Ready(data.GetProperty("session_id").GetString()!, data.GetProperty("resume_gateway_url").GetString()!);
                identity.Ready(data.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
                    && user.TryGetProperty("id", out var userId) && userId.ValueKind == JsonValueKind.String ? userId.GetString() : null);
                State = GatewayState.Ready;
                logger.LogInformation("Discord Gateway ready (session {Session})", _session.SessionId);
                return true;
            case "RESUMED":
                State = GatewayState.Ready;
                logger.LogInformation("Discord Gateway session resumed at sequence {Sequence}", _session.Sequence);
                return true;
            case "INTERACTION_CREATE":
                OnInteraction(data);
                return false;
            case "MESSAGE_CREATE" when options.Value.Messages:
                OnMessage(data);
                return false;
            default:
                return false;
        }
    }

    private void OnMessage(JsonElement data)
    {
        if (!JsonPayload.HasValidText(data, out var problem))
        {
            logger.LogWarning("Ignoring a MESSAGE_CREATE: {Problem}", problem);
            return;
        }

        messages.Accept(data);
    }

    private void OnInteraction(JsonElement data)
    {
        Interaction interaction;
        try
        {
            interaction = InteractionParser.Parse(data);
        }
        catch (InteractionFormatException ex)
        {
            logger.LogWarning("Ignoring a malformed INTERACTION_CREATE: {Problem}", ex.Message);
            return;
        }

        // Off the receive loop, so a slow answer never delays heartbeats.
        work.TryEnqueue($"interaction {interaction.Id}", async stopping =>
        {
            var reply = await handler.HandleAsync(interaction, stopping).ConfigureAwait(false);
            if (reply.Response is null)
            {
                logger.LogWarning("Ignoring interaction {Id}: {Reason}", interaction.Id, reply.Rejection);
                return;
            }

            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, reply.Response, stopping).ConfigureAwait(false);
            if (reply.FollowUp is { } followUp)
            {
                await followUp(stopping).ConfigureAwait(false);
            }
        });
    }

    /// <summary><c>{url}?v=10&amp;encoding=json</c>.</summary>
    private static Uri ConnectUri(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
