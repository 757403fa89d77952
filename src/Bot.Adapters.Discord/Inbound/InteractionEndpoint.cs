using Bot.Adapters.Discord.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bot.Adapters.Discord.Handling;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>
/// <c>POST /discord/interactions</c>: size cap, then the Ed25519 signature over the raw bytes, then parsing — in that order, so
/// nothing unverified is ever read as an interaction. Bad signature 401, too large 413, malformed or unknown 400; never a 500.
/// </summary>
public static class InteractionEndpoint
{
    public const string Path = "/discord/interactions";

    private static readonly byte[] Pong = "{\"type\":1}"u8.ToArray();

    /// <summary>Maps the endpoint; it answers 404 unless Discord:Mode is Http.</summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (options.Mode != DiscordMode.Http)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            var body = await ReadBodyAsync(context, options.MaxBodyBytes).ConfigureAwait(false);
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            var headers = context.Request.Headers;
            if (!services.GetRequiredService<Ed25519Verifier>().Verify(headers["X-Signature-Timestamp"], headers["X-Signature-Ed25519"], body))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            Interaction interaction;
            try
            {
                interaction = InteractionParser.Parse(body);
            }
            catch (InteractionFormatException ex)
            {
                await WriteProblemAsync(context, ex.Message).ConfigureAwait(false);
                return;
            }

            if (interaction.Type == InteractionType.Ping)
            {
                await WriteJsonAsync(context, Pong).ConfigureAwait(false);
                return;
            }

            var reply = await services.GetRequiredService<InteractionHandler>().HandleAsync(interaction, context.RequestAborted).ConfigureAwait(false);
            if (reply.Response is null)
            {
                await WriteProblemAsync(context, reply.Rejection ?? "not handled").ConfigureAwait(false);
                return;
            }

            if (reply.FollowUp is { } followUp)
            {
                // Only once Discord has the deferral: an edit that raced ahead of it would find no message to edit.
                var replies = services.GetRequiredService<BackgroundReplies>();
                context.Response.OnCompleted(() =>
                {
                    replies.Run(followUp);
                    return Task.CompletedTask;
                });
            }

            await WriteJsonAsync(context, DiscordJson.Serialize(reply.Response)).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (body size, malformed framing) speak through this exception with the status to use.
            context.Response.StatusCode = ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : StatusCodes.Status400BadRequest;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // Discord hung up; nobody is left to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InteractionEndpoint).FullName!).LogError(ex, "Discord interaction request failed");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The raw body, or null when it is larger than <paramref name="max"/> bytes (declared or actual).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, int max)
    {
        if (context.Request.ContentLength > max)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        var declared = context.Request.ContentLength;
        using var buffer = new MemoryStream(declared is { } n ? (int)n : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteJsonAsync(HttpContext context, byte[] json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext context, string problem)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(problem, context.RequestAborted).ConfigureAwait(false);
    }
}
