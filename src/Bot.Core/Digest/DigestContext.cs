using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>What the composer needs to know about a channel's history and today's outside world.</summary>
public sealed record DigestContext
{
    /// <summary>FAQ ids this channel's digests showed in the last 30 days: the spotlight skips them.</summary>
    public IReadOnlySet<string> RecentFaqIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The knowledge fingerprints as of this channel's previous digest; null for a first digest, which has no
    /// "what changed" section (everything would be new).
    /// </summary>
    public IReadOnlyDictionary<string, string>? PreviousFingerprints { get; init; }

    /// <summary>Headlines fetched from the configured feeds (empty when none are configured or all failed).</summary>
    public IReadOnlyList<Headline> Headlines { get; init; } = [];

    public DigestSections Sections { get; init; } = DigestSections.All;

    /// <summary>The language the digest is written in (<see cref="DigestLanguage"/> picks it for a channel).</summary>
    public Lang Lang { get; init; } = Lang.En;

    public static DigestContext Empty { get; } = new();
}

/// <summary>One item from a news feed. Not curated: the digest labels it as such.</summary>
public sealed record Headline(string Title, string? Url, string Feed, DateTimeOffset? Published);
