using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Digest;

/// <summary>The daily digest: static subscriptions, catch-up after downtime, and news feeds (section "Digest").</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>After downtime, a digest is still posted if it was due at most this many hours ago; older ones are skipped.</summary>
    [Range(0, 24, ErrorMessage = "Digest:CatchUpHours must be between 0 and 24.")]
    public int CatchUpHours { get; set; } = 6;

    /// <summary>Channels subscribed in configuration (<c>Digest__Subscriptions__0__Platform=discord</c>, …).</summary>
    public List<DigestSubscriptionOptions> Subscriptions { get; set; } = [];

    /// <summary>RSS or Atom feed URLs for the optional headlines section (<c>Digest__Feeds__0=https://…</c>).</summary>
    public List<string> Feeds { get; set; } = [];

    [Range(1, 120, ErrorMessage = "Digest:FeedTimeoutSeconds must be between 1 and 120.")]
    public int FeedTimeoutSeconds { get; set; } = 10;

    /// <summary>A feed body larger than this is skipped, not parsed.</summary>
    [Range(1_024, 20_000_000, ErrorMessage = "Digest:FeedMaxBytes must be between 1024 and 20000000.")]
    public int FeedMaxBytes { get; set; } = 2_000_000;

    /// <summary>How often a retryable failure (429, 5xx, timeout) is tried for one channel and date before it is given up.</summary>
    [Range(1, 20, ErrorMessage = "Digest:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// Whether <c>serve</c> runs the minute-by-minute scheduler. Exactly-once holds across processes that share the database
    /// file, but instances on different machines do not share it: leave it on in one of them only.
    /// </summary>
    public bool RunInServe { get; set; } = true;

    public TimeSpan CatchUpWindow => TimeSpan.FromHours(CatchUpHours);
}

/// <summary>One configured subscription.</summary>
public sealed class DigestSubscriptionOptions
{
    /// <summary>"discord" or "slack".</summary>
    public string Platform { get; set; } = "";

    /// <summary>Discord guild id or Slack team id (optional: the channel id alone addresses the post).</summary>
    public string Workspace { get; set; } = "";

    /// <summary>Discord channel id or Slack channel id (C…).</summary>
    public string Channel { get; set; } = "";

    /// <summary>Local time of day, HH:mm.</summary>
    public string Time { get; set; } = "";

    /// <summary>IANA time zone id; Asia/Seoul when not given.</summary>
    public string TimeZone { get; set; } = Bot.Core.Digest.DigestRules.DefaultTimeZone;

    /// <summary>Section names (on-this-day, upcoming, statistic, faq, changes, headlines); empty means all.</summary>
    public List<string> Sections { get; set; } = [];

    /// <summary>"en", "ko" or "ja": the digest's language; empty means the channel's default language (<c>/config language</c>), else English.</summary>
    public string? Language { get; set; }
}
