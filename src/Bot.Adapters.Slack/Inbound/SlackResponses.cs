using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Rendering;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>Writing the few response shapes the endpoints use.</summary>
internal static class SlackResponses
{
    public static Task JsonAsync(HttpContext context, JsonObject body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(SlackJson.Options), context.RequestAborted);
    }

    /// <summary>An empty 200: acknowledged, nothing to show.</summary>
    public static void Ok(HttpContext context) => context.Response.StatusCode = StatusCodes.Status200OK;

    public static void BadRequest(HttpContext context) => context.Response.StatusCode = StatusCodes.Status400BadRequest;
}
