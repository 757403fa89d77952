using Bot.Adapters.Common.Inbound;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>Reads a request's raw bytes (the signature covers them exactly) and verifies them with Slack's signing secret before anything is parsed.</summary>
public sealed class SlackRequestReader(SignedBodyReader reader, SlackSignatureVerifier verifier)
{
    /// <summary>Slack's payloads are a few KB; anything near this is not from Slack.</summary>
    internal const int MaxBodyBytes = 512 * 1024;

    /// <summary>The verified body, or null after writing 401 (bad signature) or 413 (too large).</summary>
    public Task<byte[]?> ReadVerifiedAsync(HttpContext context) =>
        reader.ReadVerifiedAsync(context, MaxBodyBytes, (headers, body) => verifier.IsValid(headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"], body));
}
