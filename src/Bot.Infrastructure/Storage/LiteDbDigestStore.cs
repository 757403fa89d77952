using Bot.Core.Abstractions;
using Bot.Core.Digest;
using LiteDB;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Digest subscriptions and deliveries in the shared LiteDB file. Unlike the query log, failures here are not
/// swallowed: a delivery record that cannot be written must stop the post it guards.
/// </summary>
public sealed class LiteDbDigestStore : IDigestStore
{
    internal const string SubscriptionCollection = "digest_subscriptions";
    internal const string DeliveryCollection = "digest_deliveries";
    internal const string FingerprintCollection = "digest_fingerprints";

    private readonly LiteDbContext _db;
    private readonly ILiteCollection<DigestSubscriptionDocument> _subscriptions;
    private readonly ILiteCollection<DigestDeliveryDocument> _deliveries;
    private readonly ILiteCollection<KnowledgeFingerprintDocument> _fingerprints;

    public LiteDbDigestStore(LiteDbContext db)
    {
        _db = db;
        _subscriptions = db.Collection<DigestSubscriptionDocument>(SubscriptionCollection);
        _deliveries = db.Collection<DigestDeliveryDocument>(DeliveryCollection);
        _fingerprints = db.Collection<KnowledgeFingerprintDocument>(FingerprintCollection);
        _deliveries.EnsureIndex(d => d.SubscriptionId);
    }

    public IReadOnlyList<DigestSubscription> Subscriptions() =>
        [.. _subscriptions.FindAll().OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.ToSubscription())];

    public DigestSubscription? Subscription(string platform, string channel) =>
        _subscriptions.FindById(DigestSubscription.SubscriptionId(platform, channel))?.ToSubscription();

    public void Save(DigestSubscription subscription) => _subscriptions.Upsert(DigestSubscriptionDocument.From(subscription));

    public bool Remove(string platform, string channel) => _subscriptions.Delete(DigestSubscription.SubscriptionId(platform, channel));

    public DigestDelivery? Delivery(string key) => _deliveries.FindById(key)?.ToDelivery();

    public bool TryClaim(DigestDelivery delivery)
    {
        try
        {
            _deliveries.Insert(DigestDeliveryDocument.From(delivery));
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public bool TryTakeOver(DigestDelivery seen, DigestDelivery claimed)
    {
        DigestDeliveryStates.EnsureSameRecord(seen, claimed);
        var expectedState = seen.State.ToString();
        return _db.Exclusively(() =>
        {
            // Read and write in one transaction that holds the file: a rival claimant waits, then sees the new attempt count.
            var current = _deliveries.FindById(seen.Key);
            if (current is null || current.State != expectedState || current.Attempts != seen.Attempts)
            {
                return false;
            }

            return _deliveries.Update(DigestDeliveryDocument.From(claimed));
        });
    }

    public void Update(DigestDelivery delivery)
    {
        if (!_deliveries.Update(DigestDeliveryDocument.From(delivery)))
        {
            throw new InvalidOperationException($"digest delivery {delivery.Key} was not claimed before its update");
        }
    }

    public IReadOnlyList<DigestDelivery> Deliveries(string subscriptionId, DateOnly since)
    {
        var from = DigestDeliveryDocument.DateText(since);
        return [.. _deliveries.Find(d => d.SubscriptionId == subscriptionId)
            .Where(d => string.CompareOrdinal(d.LocalDate, from) >= 0)
            .OrderByDescending(d => d.LocalDate, StringComparer.Ordinal)
            .Select(d => d.ToDelivery())];
    }

    public IReadOnlyList<DigestDelivery> RecentDeliveries(string subscriptionId, int count) =>
        [.. _deliveries.Find(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.LocalDate, StringComparer.Ordinal)
            .Take(count)
            .Select(d => d.ToDelivery())];

    public void SaveFingerprints(KnowledgeFingerprints fingerprints)
    {
        if (_fingerprints.FindById(fingerprints.Version) is null)
        {
            _fingerprints.Upsert(KnowledgeFingerprintDocument.From(fingerprints));
        }
    }

    public KnowledgeFingerprints? Fingerprints(string version) => _fingerprints.FindById(version)?.ToFingerprints();
}
