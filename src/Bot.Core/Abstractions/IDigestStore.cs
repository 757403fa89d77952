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

    /// <summary>
    /// Replaces the record only while it is still as <paramref name="seen"/> (same state and attempt count), in one atomic
    /// step: of several runs (threads, replicas, cron next to serve) taking over one abandoned <c>sending</c> or due
    /// <c>retrying</c> record at once, exactly one gets true and posts; the others get false and leave it alone.
    /// </summary>
    bool TryTakeOver(DigestDelivery seen, DigestDelivery claimed);

    void Update(DigestDelivery delivery);

    /// <summary>The subscription's deliveries for local dates from <paramref name="since"/> on, newest first.</summary>
    IReadOnlyList<DigestDelivery> Deliveries(string subscriptionId, DateOnly since);

    /// <summary>The subscription's most recent deliveries, newest first.</summary>
    IReadOnlyList<DigestDelivery> RecentDeliveries(string subscriptionId, int count);

    /// <summary>Stores a knowledge fingerprint set once per version (a no-op when that version is stored).</summary>
    void SaveFingerprints(KnowledgeFingerprints fingerprints);

    KnowledgeFingerprints? Fingerprints(string version);
}
