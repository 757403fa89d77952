using System.Text;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>POST /slack/commands: a form body; the 200 carries the ephemeral reply (or "working…").</summary>
public sealed class CommandsEndpoint(SlackRequestReader reader, SlashCommandHandler commands)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        // Slack checks the certificate now and then with ssl_check=1 and nothing else.
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            SlackResponses.Ok(context);
            return;
        }

        if (SlashCommand.FromForm(form) is not { } command)
        {
            SlackResponses.BadRequest(context);
            return;
        }

        // The answer is composed on CancellationToken.None: the request ending must not cancel a deferred answer.
        var reply = await commands.HandleAsync(command, CancellationToken.None).ConfigureAwait(false);
        if (reply is null)
        {
            SlackResponses.Ok(context);
            return;
        }

        await SlackResponses.JsonAsync(context, reply).ConfigureAwait(false);
    }
}
