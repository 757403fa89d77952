using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>A channel that gets the digest every day at <see cref="Time"/> in <see cref="TimeZone"/>.</summary>
public sealed record DigestSubscription
{
    public required string Platform { get; init; }

    /// <summary>Discord guild id or Slack team id; empty when configured without one.</summary>
    public string Workspace { get; init; } = "";

    public required string Channel { get; init; }

    public required TimeOnly Time { get; init; }

    /// <summary>An IANA id such as <c>Asia/Seoul</c>.</summary>
    public string TimeZone { get; init; } = DigestRules.DefaultTimeZone;

    public DigestSections Sections { get; init; } = DigestSections.All;

    /// <summary>The digest's language when the subscription sets one (configuration); null = the channel's default (<see cref="DigestLanguage"/>).</summary>
    public Lang? Language { get; init; }

    public SubscriptionOrigin Origin { get; init; } = SubscriptionOrigin.Command;

    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Ok;

    /// <summary>Why the last delivery failed for good (e.g. "discord 403: Missing Access"), for <c>/digest status</c>.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? StatusChangedAt { get; init; }

    /// <summary>
    /// When an admin subscribed (null for configured ones): a time already past that day is not "missed", so a channel
    /// subscribed at 08:30 for 08:00 starts the next day instead of getting a late post or a "skipped" record.
    /// </summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>One subscription per channel: the id is also the prefix of its idempotency keys.</summary>
    public string Id => SubscriptionId(Platform, Channel);

    public static string SubscriptionId(string platform, string channel) => $"{platform}:{channel}";

    public DigestTarget Target => new(Platform, Workspace, Channel);
}

public enum SubscriptionOrigin
{
    /// <summary>Made by an admin with <c>/digest subscribe</c> (Discord) or <c>/jk digest subscribe</c> (Slack).</summary>
    Command,

    /// <summary>From <c>Digest:Subscriptions</c> in configuration; kept in step with it at every start.</summary>
    Configuration,
}

public enum SubscriptionStatus
{
    Ok,

    /// <summary>The platform refused the post for good (403/404, not_in_channel): tried again once a day, not in a loop.</summary>
    Failing,
}

/// <summary>Where a digest goes, in platform ids (Discord channel snowflake, Slack channel id).</summary>
public sealed record DigestTarget(string Platform, string Workspace, string Channel);
