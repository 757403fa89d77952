using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Outbound;

/// <summary>
/// Posts a digest to a Discord channel: <c>POST /channels/{id}/messages</c>, one embed within Discord's limits, the chart as
/// <c>files[0]</c> shown in the embed through <c>attachment://chart.png</c>, no mentions, and the idempotency key as
/// <c>nonce</c> with <c>enforce_nonce</c> so a re-send after a crash is dropped by Discord instead of posted twice.
/// 403/404 (and Missing Access, Missing Permissions, Unknown Channel) are permanent; 429, 5xx and timeouts are retryable.
/// Never throws for a failed post.
/// </summary>
public sealed class DiscordDigestPublisher(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<DiscordDigestPublisher> logger) : IDigestPublisher
{
    public const string ChartFileName = "chart.png";

    // Discord JSON error codes that will not change on a retry.
    private const int MissingAccess = 50001;
    private const int MissingPermissions = 50013;
    private const int UnknownChannel = 10003;

    public string Platform => Platforms.Discord;

    /// <summary>
    /// Once <c>Discord:BotToken</c> is set (posting needs only the token, in any <see cref="DiscordMode"/>); until then the runner
    /// falls back to the log-only stand-in instead of posting unauthenticated.
    /// </summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.BotToken);

    public async Task<PublishResult> PublishAsync(DigestTarget target, Bot.Core.Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct)
    {
        try
        {
            var message = Render(digest, chartPng is not null, IdempotencyKey.ToNonce(idempotencyKey));
            IReadOnlyList<DiscordFile> files = chartPng is null ? [] : [new DiscordFile(ChartFileName, "image/png", chartPng)];
            var id = await rest.CreateMessageAsync(target.Channel, message, files, ct).ConfigureAwait(false);
            return PublishResult.Ok(id);
        }
        catch (DiscordApiException ex)
        {
            var result = Classify(ex);
            logger.LogWarning("Discord digest post to channel {Channel} ({Key}) failed ({Status}): {Error}", target.Channel, idempotencyKey, result.Status, ex.Message);
            return result;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return PublishResult.Retryable("discord: no response in time");
        }
        catch (HttpRequestException ex)
        {
            return PublishResult.Retryable($"discord: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // Not configured (no application id, no token): nothing a retry in a minute would fix.
            return PublishResult.Permanent($"discord: {ex.Message}");
        }
    }

    /// <summary>The message body (<c>payload_json</c>).</summary>
    public static DigestMessage Render(Bot.Core.Digest.Digest digest, bool withChart, string nonce)
    {
        var embed = EmbedRenderer.RenderEmbed(digest.ToAnswer());
        if (withChart)
        {
            embed = embed with { Image = new EmbedImage("attachment://" + ChartFileName) };
        }

        return new DigestMessage
        {
            Embeds = [embed],
            Attachments = withChart ? [new MessageAttachment(0, ChartFileName)] : null,
            Nonce = nonce,
            EnforceNonce = true,
        };
    }

    public static PublishResult Classify(DiscordApiException ex) => (ex.Status, ex.Code) switch
    {
        (_, MissingAccess or MissingPermissions or UnknownChannel) => PublishResult.Permanent($"discord {ex.Status}: {ex.Message}"),
        (403 or 404, _) => PublishResult.Permanent($"discord {ex.Status}: {ex.Message}"),
        (0 or 429 or >= 500, _) => PublishResult.Retryable($"discord {ex.Status}: {ex.Message}"),
        // 400/401 and other refusals do not change on a retry of the same body.
        _ => PublishResult.Permanent($"discord {ex.Status}: {ex.Message}"),
    };
}

/// <summary>A channel message with an idempotency nonce (snake_case: <c>enforce_nonce</c>, <c>allowed_mentions</c>).</summary>
public sealed record DigestMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
