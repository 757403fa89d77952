using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Outbound;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Inbound.SocketMode;

/// <summary>
/// Routes a Socket Mode envelope to the same handlers the HTTP endpoints use (so dedupe and replies are identical)
/// and builds its acknowledgement. No signature check: the socket itself was opened with our app token.
/// </summary>
public sealed class SocketModeDispatcher(
    SlackEventHandler events,
    SlashCommandHandler commands,
    BlockActionHandler interactions,
    SlackApiClient api,
    ILogger<SocketModeDispatcher> logger)
{
    /// <summary>
    /// The ack to send: <c>{"envelope_id"}</c>, with the command's reply as <c>payload</c> when Slack accepts one;
    /// null when overloaded, so that Slack redelivers the envelope later.
    /// </summary>
    public async Task<JsonObject?> HandleAsync(JsonElement envelope, CancellationToken cancellationToken)
    {
        if (!JsonPayload.HasValidText(envelope, out var problem))
        {
            // Acknowledged (when its id can be read) so Slack does not redeliver what can never be answered.
            logger.LogWarning("Slack Socket Mode envelope ignored: {Problem}", problem);
            return JsonPayload.HasValidText(envelope.TryGetProperty("envelope_id", out var rawId) ? rawId : default, out _) && Str(envelope, "envelope_id") is { } id
                ? new JsonObject { ["envelope_id"] = id }
                : null;
        }

        var envelopeId = Str(envelope, "envelope_id") ?? "";
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        envelope.TryGetProperty("payload", out var payload);
        switch (Str(envelope, "type"))
        {
            case "events_api":
                if (!events.Accept(payload, envelope.TryGetProperty("retry_attempt", out var retry) ? retry.ToString() : null))
                {
                    return null;
                }

                break;
            case "interactive":
                if (interactions.Accept(payload) is { } response
                    && envelope.TryGetProperty("accepts_response_payload", out var takesPayload) && takesPayload.ValueKind == JsonValueKind.True)
                {
                    ack["payload"] = response;
                }

                break;
            case "slash_commands" when SlashCommand.FromJson(payload) is { } command:
                var reply = await commands.HandleAsync(command, cancellationToken).ConfigureAwait(false);
                if (reply is null)
                {
                    break;
                }

                if (envelope.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True)
                {
                    ack["payload"] = reply;
                }
                else if (command.ResponseUrl is { } url)
                {
                    _ = api.RespondAsync(url, reply, CancellationToken.None);
                }

                break;
            default:
                logger.LogDebug("Slack Socket Mode envelope of type {Type} acknowledged and ignored", Str(envelope, "type"));
                break;
        }

        return ack;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
