using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Digest;

/// <summary>
/// Stands in for a platform with no adapter configured: it writes the would-be post to the log (and to
/// <paramref name="output"/> in the CLI) and posts nothing. Its deliveries are recorded as "logged", not "sent".
/// </summary>
public sealed class LogOnlyDigestPublisher(ILogger<LogOnlyDigestPublisher> logger, TextWriter? output = null) : IDigestPublisher
{
    public const string Name = "log-only";

    public string Platform => Name;

    public async Task<PublishResult> PublishAsync(DigestTarget target, Bot.Core.Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct)
    {
        logger.LogWarning(
            "No {Platform} adapter is configured: the digest for channel {Channel} ({Key}) was logged, NOT posted",
            target.Platform, target.Channel, idempotencyKey);
        if (output is not null)
        {
            var chart = chartPng is null ? "no chart" : $"chart {chartPng.Length:N0} bytes PNG";
            await output.WriteLineAsync(
                $"--- LOG ONLY, NOT POSTED: no {target.Platform} adapter configured; would post to {target.Platform} channel {target.Channel} (key {idempotencyKey}, {chart}) ---");
            await output.WriteLineAsync(digest.ToText());
            await output.WriteLineAsync("--- end of would-be post ---");
        }

        return PublishResult.Ok();
    }
}
