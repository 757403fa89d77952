namespace Bot.Core.Digest;

/// <summary>
/// One channel's digest for one local date. Written as <see cref="DeliveryState.Sending"/> before the post and
/// updated after it, so a crash in between leaves a record that makes the next run re-send with the same key.
/// </summary>
public sealed record DigestDelivery
{
    /// <summary><c>{platform}:{channel}:{yyyy-MM-dd}</c>: at most one post per channel per local date.</summary>
    public required string Key { get; init; }

    public required string SubscriptionId { get; init; }

    public required DateOnly LocalDate { get; init; }

    /// <summary>When the digest was due (the subscription's local time on <see cref="LocalDate"/>).</summary>
    public required DateTimeOffset DueAt { get; init; }

    public required DeliveryState State { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? Error { get; init; }

    /// <summary>The FAQ the digest put in the spotlight (the 30-day rule reads it).</summary>
    public string? FaqId { get; init; }

    /// <summary>The <see cref="KnowledgeFingerprints.Version"/> the digest was composed from ("what changed" next time).</summary>
    public string? KnowledgeVersion { get; init; }

    /// <summary>The platform's id for the post, when it gave one.</summary>
    public string? MessageId { get; init; }

    /// <summary>True once a post may have reached the channel (sent, or sending with the outcome unknown).</summary>
    public bool MayHavePosted => State is DeliveryState.Sent or DeliveryState.Logged or DeliveryState.Sending or DeliveryState.Retrying;
}

public enum DeliveryState
{
    /// <summary>Written before the post; still here after a restart means the outcome is unknown.</summary>
    Sending,

    Sent,

    /// <summary>No adapter for the platform was configured: the digest was only written to the log.</summary>
    Logged,

    /// <summary>A retryable failure (429, 5xx, timeout): tried again at <see cref="DigestDelivery.NextAttemptAt"/> with the same key.</summary>
    Retrying,

    /// <summary>Refused for good, out of attempts, or unconfirmed past the catch-up window.</summary>
    Failed,

    /// <summary>Due while the bot was down for longer than the catch-up window: not posted late.</summary>
    Skipped,
}
