namespace Bot.Core.Digest;

/// <summary>What a platform said to a digest post.</summary>
public sealed record PublishResult(PublishStatus Status, string? MessageId = null, string? Error = null)
{
    public static PublishResult Ok(string? messageId = null) => new(PublishStatus.Ok, messageId);

    /// <summary>429, 5xx, timeouts, connection errors: worth another try with the same idempotency key.</summary>
    public static PublishResult Retryable(string error) => new(PublishStatus.RetryableFailure, Error: error);

    /// <summary>403/404, Slack not_in_channel/channel_not_found: the subscription is marked failing, no retry loop.</summary>
    public static PublishResult Permanent(string error) => new(PublishStatus.PermanentFailure, Error: error);
}

public enum PublishStatus
{
    Ok,
    RetryableFailure,
    PermanentFailure,
}
