namespace Bot.Core.Abstractions;

/// <summary>
/// Claims each platform delivery (an event id, a command's trigger id) once, persistently: platforms retry and
/// redeliver, and a retry — even one that arrives after a restart — must never produce a second answer.
/// </summary>
public interface IDeliveryDeduplicator
{
    /// <summary>True the first time <paramref name="key"/> is claimed; false while an earlier claim is younger than <paramref name="ttl"/>.</summary>
    bool TryClaim(string key, TimeSpan ttl);
}
