using Bot.Core.Digest;

namespace Bot.Core.Admin;

/// <summary>An admin's request to post the digest in a channel. Unparsed values: the use case checks them with <see cref="DigestRules"/>.</summary>
/// <param name="Workspace">The Discord guild or Slack team the command was run in.</param>
/// <param name="Sections">Section names; null keeps an existing subscription's sections (all for a new one).</param>
public sealed record SubscribeRequest(string Platform, string Workspace, string Channel, string? Time, string? TimeZone, IReadOnlyList<string>? Sections = null);

public enum SubscribeOutcome
{
    /// <summary>A new subscription.</summary>
    Saved,

    /// <summary>The channel's subscription was replaced.</summary>
    Updated,

    /// <summary>No digest store: the bot runs without storage.</summary>
    NotEnabled,

    /// <summary>The channel's digest is set in Digest:Subscriptions; commands do not change it.</summary>
    ConfiguredElsewhere,

    /// <summary>The channel's subscription was made in another guild or team.</summary>
    OtherWorkspace,

    BadTime,
    BadZone,
    BadSections,
}

/// <summary>What subscribing did; <see cref="Rejected"/> is the value that was refused (a time, a zone, a section name).</summary>
public sealed record SubscribeResult(SubscribeOutcome Outcome, DigestSubscription? Subscription = null, string? Rejected = null);

public enum UnsubscribeOutcome
{
    Removed,
    NotSubscribed,
    NotEnabled,
    ConfiguredElsewhere,
    OtherWorkspace,
}

/// <summary>One subscription of a workspace and its latest delivery (null before the first).</summary>
public sealed record WorkspaceSubscription(DigestSubscription Subscription, DigestDelivery? Last);

/// <summary>
/// The channel's subscription (null when it has none here) with its recent deliveries, newest first, and every subscription of the
/// workspace (those configured without a workspace included), ordered by channel.
/// </summary>
public sealed record DigestStatus(DigestSubscription? Channel, IReadOnlyList<DigestDelivery> RecentDeliveries, IReadOnlyList<WorkspaceSubscription> Workspace);

/// <summary>Today's digest for a channel, composed as its subscription would get it (or with the defaults).</summary>
public sealed record DigestPreview(Digest.Digest Digest, DateOnly LocalDate, string TimeZone, DigestSubscription? Subscription);
