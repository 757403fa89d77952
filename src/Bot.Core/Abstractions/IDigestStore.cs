using Bot.Core.Digest;

namespace Bot.Core.Abstractions;

/// <summary>Digest subscriptions and delivery records (LiteDB in Infrastructure).</summary>
public interface IDigestStore
{
    IReadOnlyList<DigestSubscription> Subscriptions();

    DigestSubscription? Subscription(string platform, string channel);

    /// <summary>Adds or replaces the channel's subscription.</summary>
    void Save(DigestSubscription subscription);

    bool Remove(string platform, string channel);

    DigestDelivery? Delivery(string key);

    /// <summary>Inserts a new delivery record; false when one with that key exists already (another run claimed it).</summary>
    bool TryClaim(DigestDelivery delivery);

    void Update(DigestDelivery delivery);

    /// <summary>The subscription's deliveries for local dates from <paramref name="since"/> on, newest first.</summary>
    IReadOnlyList<DigestDelivery> Deliveries(string subscriptionId, DateOnly since);

    /// <summary>The subscription's most recent deliveries, newest first.</summary>
    IReadOnlyList<DigestDelivery> RecentDeliveries(string subscriptionId, int count);

    /// <summary>Stores a knowledge fingerprint set once per version (a no-op when that version is stored).</summary>
    void SaveFingerprints(KnowledgeFingerprints fingerprints);

    KnowledgeFingerprints? Fingerprints(string version);
}
