namespace Bot.Core.Abstractions;

/// <summary>
/// Claims each platform delivery (an event id, a command's trigger id) once, persistently: platforms retry and
/// redeliver, and a retry — even one that arrives after a restart — must never produce a second answer.
/// </summary>
public interface IDeliveryDeduplicator
{
    /// <summary>True the first time <paramref name="key"/> is claimed; false while an earlier claim is younger than <paramref name="ttl"/>.</summary>
    bool TryClaim(string key, TimeSpan ttl);

    /// <summary>
    /// <see cref="TryClaim"/> of <paramref name="first"/>, then of <paramref name="second"/> only when the first was won: true when
    /// both were. A store may do it in one round trip; the outcome is the same as the two calls in turn (a won first claim
    /// stays claimed when the second is lost).
    /// </summary>
    bool TryClaimBoth(string first, string second, TimeSpan ttl) => TryClaim(first, ttl) && TryClaim(second, ttl);
}
