using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>
/// <c>POST /discord/interactions</c>: size cap, then the Ed25519 signature over the raw bytes, then parsing — in that order, so
/// nothing unverified is ever read as an interaction. Bad signature 401, too large 413, malformed or unknown 400; never a 500.
/// </summary>
public sealed class InteractionEndpoint(
    SignedBodyReader reader,
    InteractionSignature signature,
    InteractionHandler handler,
    [FromKeyedServices(Platforms.Discord)] WorkQueue work,
    IOptions<DiscordOptions> options,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    private static readonly byte[] Pong = "{\"type\":1}"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            var body = await reader.ReadVerifiedAsync(context, options.Value.MaxBodyBytes,
                (headers, raw) => signature.Verify(headers["X-Signature-Timestamp"], headers["X-Signature-Ed25519"], raw)).ConfigureAwait(false);
            if (body is null)
            {
                return;
            }

            Interaction interaction;
            try
            {
                interaction = InteractionParser.Parse(body);
            }
            catch (InteractionFormatException ex)
            {
                // Signed, so from Discord (or whoever holds the key): one line, never a stack trace or a 500.
                logger.LogWarning("Discord interaction refused (400): {Problem}", ex.Message);
                await WriteProblemAsync(context, ex.Message).ConfigureAwait(false);
                return;
            }

            if (interaction.Type == InteractionType.Ping)
            {
                await WriteJsonAsync(context, Pong).ConfigureAwait(false);
                return;
            }

            var reply = await handler.HandleAsync(interaction, context.RequestAborted).ConfigureAwait(false);
            if (reply.Response is null)
            {
                await WriteProblemAsync(context, reply.Rejection ?? "not handled").ConfigureAwait(false);
                return;
            }

            if (reply.FollowUp is { } followUp)
            {
                // Only once Discord has the deferral: an edit that raced ahead of it would find no message to edit.
                context.Response.OnCompleted(() =>
                {
                    work.TryEnqueue($"deferred answer for interaction {interaction.Id}", followUp);
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
            logger.LogError(ex, "Discord interaction request failed");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
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
