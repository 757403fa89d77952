using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Discord.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Adapters.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>
    /// POST /discord/interactions — the Interactions Endpoint URL to enter in the Developer Portal. Mapped only when Discord:Mode is
    /// Http; over the Gateway the same handler is fed by the WebSocket instead.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapWhenServed<DiscordOptions>(o => o.Mode == DiscordMode.Http, e =>
            e.MapPost(InteractionEndpoint.Path, (HttpContext context, InteractionEndpoint endpoint) => endpoint.HandleAsync(context)).DisableAntiforgery());
}
