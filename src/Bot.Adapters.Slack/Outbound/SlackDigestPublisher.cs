using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// Posts the daily digest to a Slack channel. Slack has no nonce, so the idempotency key travels in the message's
/// <c>metadata</c> (event_type <see cref="EventType"/>); before every post the channel's newest messages are read
/// (conversations.history with include_all_metadata) and a message already carrying the key is the answer, so a
/// re-send after a crash never posts twice. The chart goes into the digest's thread
/// (files.getUploadURLExternal → bytes → files.completeUploadExternal); a failed upload does not fail the digest.
/// Failures are results, never exceptions.
/// </summary>
public sealed class SlackDigestPublisher(SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackDigestPublisher> logger) : IDigestPublisher
{
    public const string EventType = "jk_digest";

    /// <summary>How many of the channel's newest messages are searched for the key: a digest is re-sent within hours.</summary>
    public const int HistoryLimit = 20;

    private static readonly HashSet<string> PermanentErrors = new(StringComparer.Ordinal)
    {
        "not_in_channel", "channel_not_found", "is_archived", "invalid_auth", "not_authed", "token_revoked",
        "token_expired", "account_inactive", "missing_scope", "no_permission", "restricted_action",
        "invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long", "not_allowed_token_type", "team_access_not_granted",
    };

    public string Platform => Platforms.Slack;

    /// <summary>
    /// False with Slack:Mode Off (no token): the digest runner must not call Slack and mark every Slack subscription failing
    /// with not_authed; it falls back to the log-only stand-in instead.
    /// </summary>
    public bool IsConfigured => options.Value.Mode != SlackMode.Off;

    public async Task<PublishResult> PublishAsync(DigestTarget target, Bot.Core.Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct)
    {
        try
        {
            var history = await api.HistoryAsync(target.Channel, HistoryLimit, ct).ConfigureAwait(false);
            if (!history.Ok)
            {
                return Failure("conversations.history", history);
            }

            if (FindExisting(history.Body, idempotencyKey) is { } existingTs)
            {
                logger.LogInformation("Digest {Key} is already in Slack channel {Channel} (ts {Ts}): not posted again", idempotencyKey, target.Channel, existingTs);
                return PublishResult.Ok(existingTs);
            }

            var metadata = new JsonObject
            {
                ["event_type"] = EventType,
                ["event_payload"] = new JsonObject { ["key"] = idempotencyKey },
            };
            var posted = await api.PostMessageAsync(target.Channel, null, BlockKitRenderer.RenderDigest(digest), metadata, ct).ConfigureAwait(false);
            if (!posted.Ok)
            {
                return Failure("chat.postMessage", posted);
            }

            var ts = posted.Field("ts");
            if (chartPng is { Length: > 0 } && ts is not null)
            {
                await UploadChartAsync(target.Channel, ts, digest, chartPng, ct).ConfigureAwait(false);
            }

            return PublishResult.Ok(ts);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Digest {Key} for Slack channel {Channel} failed unexpectedly", idempotencyKey, target.Channel);
            return PublishResult.Retryable($"slack: {ex.GetType().Name}");
        }
    }

    /// <summary>Not-in-channel, bad token, missing scope and the like cannot heal by retrying; rate limits, 5xx and timeouts can.</summary>
    public static bool IsPermanent(string? error) =>
        error is not null && (PermanentErrors.Contains(error)
            || (error.StartsWith("http_4", StringComparison.Ordinal) && error != "http_429"));

    private static PublishResult Failure(string method, SlackApiResult result)
    {
        var needed = result.Field("needed");
        var text = $"slack {method}: {result.Error}{(needed is null ? "" : $" (needed: {needed})")}";
        return IsPermanent(result.Error) ? PublishResult.Permanent(text) : PublishResult.Retryable(text);
    }

    internal static string? FindExisting(JsonElement body, string key)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("event_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == EventType
                && metadata.TryGetProperty("event_payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                && payload.TryGetProperty("key", out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == key
                && message.TryGetProperty("ts", out var ts) && ts.ValueKind == JsonValueKind.String)
            {
                return ts.GetString();
            }
        }

        return null;
    }

    private Task UploadChartAsync(string channel, string threadTs, Bot.Core.Digest.Digest digest, byte[] png, CancellationToken ct) =>
        SlackFileUpload.UploadToThreadAsync(api, logger, "Digest chart", channel, threadTs, $"digest-{digest.LocalDate:yyyy-MM-dd}.png",
            digest.Section(DigestSectionNames.Statistic)?.Heading ?? digest.Title, png, ct);
}
