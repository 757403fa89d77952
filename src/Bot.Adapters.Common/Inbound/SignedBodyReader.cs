using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Common.Inbound;

/// <summary>
/// Reads a request's raw bytes (a platform's signature covers them exactly, so they are verified as received, never re-serialised)
/// and checks the signature before anything is parsed. Too large: 413 (declared or actual); bad signature: 401.
/// </summary>
public sealed class SignedBodyReader(ILogger<SignedBodyReader> logger)
{
    /// <summary>The verified body, or null after writing 413 or 401.</summary>
    /// <param name="verify">The platform's check of the signature headers over the raw body.</param>
    public async Task<byte[]?> ReadVerifiedAsync(HttpContext context, int maxBytes, Func<IHeaderDictionary, byte[], bool> verify)
    {
        byte[]? body;
        try
        {
            body = await ReadAsync(context, maxBytes).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (the body size set below, malformed framing) speak through this exception with the status to use.
            context.Response.StatusCode = ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : StatusCodes.Status400BadRequest;
            return null;
        }

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        if (!verify(context.Request.Headers, body))
        {
            // Debug, not Warning: anyone on the internet can make this line, as often as they like.
            logger.LogDebug("Request to {Path} rejected: missing, forged or stale signature", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return body;
    }

    /// <summary>The raw body, or null when it is larger than <paramref name="max"/> bytes (declared or actual).</summary>
    private static async Task<byte[]?> ReadAsync(HttpContext context, int max)
    {
        var request = context.Request;
        if (request.ContentLength > max)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } n ? (int)n : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
