using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>Reads a request's raw bytes (the signature covers them exactly) and verifies them before anything is parsed.</summary>
public sealed class SlackRequestReader(SlackSignatureVerifier verifier, ILogger<SlackRequestReader> logger)
{
    /// <summary>Slack's payloads are a few KB; anything near this is not from Slack.</summary>
    internal const int MaxBodyBytes = 512 * 1024;

    /// <summary>The verified body, or null after writing 401 (bad signature) or 413 (too large).</summary>
    public async Task<byte[]?> ReadVerifiedAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        if (!verifier.IsValid(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body))
        {
            // Debug, not Warning: anyone on the internet can make this line, as often as they like.
            logger.LogDebug("Slack request to {Path} rejected: missing, forged or stale signature", request.Path);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return body;
    }
}
