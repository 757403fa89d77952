using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Adapters.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// POST /slack/events, /slack/commands and /slack/interactivity — the Request URLs to enter in the Slack app.
    /// Mapped only when Slack:Mode is Events; in SocketMode the same handlers are fed by the WebSocket instead.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapWhenServed<SlackOptions>(o => o.Mode == SlackMode.Events, e =>
        {
            var slack = e.MapGroup("/slack");
            slack.MapPost("/events", (HttpContext context, EventsEndpoint endpoint) => endpoint.HandleAsync(context));
            slack.MapPost("/commands", (HttpContext context, CommandsEndpoint endpoint) => endpoint.HandleAsync(context));
            slack.MapPost("/interactivity", (HttpContext context, InteractivityEndpoint endpoint) => endpoint.HandleAsync(context));
        });
}
