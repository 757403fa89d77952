using Bot.Core.Digest;

namespace Bot.Core.Abstractions;

/// <summary>
/// Posts a digest to one platform (implemented by each adapter). The same <c>idempotencyKey</c> comes with every
/// attempt for a channel and date, including a re-send after a crash: the adapter must make a repeat a no-op
/// (Discord <c>nonce</c> + <c>enforce_nonce</c>), never a second post. Failures are results, not exceptions.
/// </summary>
public interface IDigestPublisher
{
    /// <summary>"discord" or "slack" (<see cref="Platforms"/>).</summary>
    string Platform { get; }

    /// <summary>
    /// False while the platform is not set up (no token, switched off): the digest runner then logs the post instead of calling a
    /// platform that would refuse every request and mark each subscription failing.
    /// </summary>
    bool IsConfigured => true;

    Task<PublishResult> PublishAsync(DigestTarget target, Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct);
}
