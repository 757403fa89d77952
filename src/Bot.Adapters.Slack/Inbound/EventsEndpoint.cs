using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>
/// POST /slack/events. Acknowledges within Slack's 3 seconds by doing no work here: the mention is queued and
/// answered in the background. Unknown types get a 200 too, because Slack retries anything else and eventually
/// disables the subscription; only a full work queue answers 503, so that Slack redelivers later.
/// </summary>
public sealed class EventsEndpoint(SlackRequestReader reader, SlackEventHandler events, ILogger<EventsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (!JsonPayload.TryParse(body, out var root, out var problem))
        {
            // Signed, so from Slack (or whoever holds the secret): worth one line, but never a stack trace or a 500.
            logger.LogWarning("Slack event refused (400): {Problem}", problem);
            SlackResponses.BadRequest(context);
            return;
        }

        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        switch (type)
        {
            case "url_verification" when root.TryGetProperty("challenge", out var c) && c.ValueKind == JsonValueKind.String:
                await SlackResponses.JsonAsync(context, new JsonObject { ["challenge"] = c.GetString() }).ConfigureAwait(false);
                return;
            case "url_verification":
                SlackResponses.BadRequest(context);
                return;
            case "event_callback":
                // Overloaded: a 503 makes Slack retry in a minute, which beats acknowledging an answer we will never send.
                context.Response.StatusCode = events.Accept(root, context.Request.Headers["X-Slack-Retry-Num"].FirstOrDefault())
                    ? StatusCodes.Status200OK
                    : StatusCodes.Status503ServiceUnavailable;
                return;
            default:
                SlackResponses.Ok(context);
                return;
        }
    }
}
