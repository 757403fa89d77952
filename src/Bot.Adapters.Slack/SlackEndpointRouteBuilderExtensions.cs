using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// POST /slack/events, /slack/commands and /slack/interactivity — the Request URLs to enter in the Slack app.
    /// Mapped only when Slack:Mode is Events; in SocketMode the same handlers are fed by the WebSocket instead.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.Mode != SlackMode.Events)
        {
            return endpoints;
        }

        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/events", (HttpContext context, EventsEndpoint endpoint) => endpoint.HandleAsync(context));
        slack.MapPost("/commands", (HttpContext context, CommandsEndpoint endpoint) => endpoint.HandleAsync(context));
        slack.MapPost("/interactivity", (HttpContext context, InteractivityEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }
}
