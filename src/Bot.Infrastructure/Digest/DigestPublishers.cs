using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Digest;

/// <summary>Finds the adapter's publisher for a platform, or the log-only stand-in when none is registered or it is not configured.</summary>
public sealed class DigestPublishers(IEnumerable<IDigestPublisher> publishers, LogOnlyDigestPublisher logOnly)
{
    private readonly IReadOnlyList<IDigestPublisher> _publishers = [.. publishers.Where(p => p is not LogOnlyDigestPublisher)];

    public (IDigestPublisher Publisher, bool LogOnly) For(string platform) =>
        _publishers.FirstOrDefault(p => p.IsConfigured && string.Equals(p.Platform, platform, StringComparison.OrdinalIgnoreCase)) is { } real
            ? (real, false)
            : (logOnly, true);
}
