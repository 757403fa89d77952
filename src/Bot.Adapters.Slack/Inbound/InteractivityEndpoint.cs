using System.Text;
using System.Text.Json;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>POST /slack/interactivity: a form with one field, <c>payload</c>, holding JSON. Acknowledged at once (a modal submission with its answer).</summary>
public sealed class InteractivityEndpoint(SlackRequestReader reader, BlockActionHandler interactions, ILogger<InteractivityEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrEmpty(payload))
        {
            SlackResponses.BadRequest(context);
            return;
        }

        if (!JsonPayload.TryParse(payload.ToString(), out var root, out var problem))
        {
            logger.LogWarning("Slack interactivity payload refused (400): {Problem}", problem);
            SlackResponses.BadRequest(context);
            return;
        }

        if (interactions.Accept(root) is { } response)
        {
            // A view_submission is answered in the response itself (response_action).
            await SlackResponses.JsonAsync(context, response).ConfigureAwait(false);
            return;
        }

        SlackResponses.Ok(context);
    }
}
