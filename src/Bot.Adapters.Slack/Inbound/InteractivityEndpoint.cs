using System.Text;
using System.Text.Json;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>POST /slack/interactivity: a form with one field, <c>payload</c>, holding JSON. Acknowledged at once.</summary>
public sealed class InteractivityEndpoint(SlackRequestReader reader, BlockActionHandler interactions)
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

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(payload.ToString());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            SlackResponses.BadRequest(context);
            return;
        }

        interactions.Accept(root);
        SlackResponses.Ok(context);
    }
}
