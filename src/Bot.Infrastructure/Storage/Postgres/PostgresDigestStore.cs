using Bot.Core.Abstractions;
using Bot.Core.Digest;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Digest subscriptions and deliveries in PostgreSQL. A delivery is one row per subscription and local date, inserted before
/// the post: of two replicas (or schedulers) ticking at once, one inserts and the other is told it was claimed. Failures are
/// not swallowed: a delivery record that cannot be written must stop the post it guards.
/// </summary>
public sealed class PostgresDigestStore(PostgresDatabase db) : IDigestStore
{
    public IReadOnlyList<DigestSubscription> Subscriptions()
    {
        using var connection = db.Open();
        return connection.Query("SELECT subscription::text FROM digest_subscriptions ORDER BY id COLLATE \"C\"", ReadSubscription);
    }

    public DigestSubscription? Subscription(string platform, string channel)
    {
        using var connection = db.Open();
        return connection.Query("SELECT subscription::text FROM digest_subscriptions WHERE id = @id", ReadSubscription,
            ("id", DigestSubscription.SubscriptionId(platform, channel))).FirstOrDefault();
    }

    public void Save(DigestSubscription subscription)
    {
        var document = DigestSubscriptionDocument.From(subscription);
        using var connection = db.Open();
        connection.Execute("""
            INSERT INTO digest_subscriptions (id, subscription) VALUES (@id, @s::jsonb)
            ON CONFLICT (id) DO UPDATE SET subscription = EXCLUDED.subscription
            """, ("id", document.Id), ("s", StoredJson.Write(document)));
    }

    public bool Remove(string platform, string channel)
    {
        using var connection = db.Open();
        return connection.Execute("DELETE FROM digest_subscriptions WHERE id = @id", ("id", DigestSubscription.SubscriptionId(platform, channel))) == 1;
    }

    public DigestDelivery? Delivery(string key)
    {
        using var connection = db.Open();
        return connection.Query("SELECT delivery::text FROM digest_deliveries WHERE key = @k", ReadDelivery, ("k", key)).FirstOrDefault();
    }

    public bool TryClaim(DigestDelivery delivery)
    {
        var document = DigestDeliveryDocument.From(delivery);
        using var connection = db.Open();
        // Either unique key (the idempotency key, or subscription + local date) makes a second claim a no-op.
        return connection.Scalar("""
            INSERT INTO digest_deliveries (key, subscription_id, local_date, delivery) VALUES (@k, @s, @d, @j::jsonb)
            ON CONFLICT DO NOTHING
            RETURNING 1
            """, ("k", document.Key), ("s", document.SubscriptionId), ("d", delivery.LocalDate), ("j", StoredJson.Write(document))) is not null;
    }

    public bool TryTakeOver(DigestDelivery seen, DigestDelivery claimed)
    {
        DigestDeliveryStates.EnsureSameRecord(seen, claimed);
        var document = DigestDeliveryDocument.From(claimed);
        using var connection = db.Open();
        // One conditional UPDATE: under READ COMMITTED a rival's UPDATE of the same row waits for this one, then re-checks the
        // WHERE against the row as committed, sees the new attempt count and updates nothing.
        return connection.Scalar("""
            UPDATE digest_deliveries SET delivery = @j::jsonb
            WHERE key = @k AND delivery->>'State' = @state AND (delivery->>'Attempts')::int = @attempts
            RETURNING 1
            """, ("k", document.Key), ("j", StoredJson.Write(document)), ("state", seen.State.ToString()), ("attempts", seen.Attempts)) is not null;
    }

    public void Update(DigestDelivery delivery)
    {
        var document = DigestDeliveryDocument.From(delivery);
        using var connection = db.Open();
        if (connection.Execute("UPDATE digest_deliveries SET delivery = @j::jsonb WHERE key = @k", ("k", document.Key), ("j", StoredJson.Write(document))) != 1)
        {
            throw new InvalidOperationException($"digest delivery {delivery.Key} was not claimed before its update");
        }
    }

    public IReadOnlyList<DigestDelivery> Deliveries(string subscriptionId, DateOnly since)
    {
        using var connection = db.Open();
        return connection.Query("""
            SELECT delivery::text FROM digest_deliveries WHERE subscription_id = @s AND local_date >= @d ORDER BY local_date DESC
            """, ReadDelivery, ("s", subscriptionId), ("d", since));
    }

    public IReadOnlyList<DigestDelivery> RecentDeliveries(string subscriptionId, int count)
    {
        using var connection = db.Open();
        return connection.Query("SELECT delivery::text FROM digest_deliveries WHERE subscription_id = @s ORDER BY local_date DESC LIMIT @n",
            ReadDelivery, ("s", subscriptionId), ("n", count));
    }

    public void SaveFingerprints(KnowledgeFingerprints fingerprints)
    {
        var document = KnowledgeFingerprintDocument.From(fingerprints);
        using var connection = db.Open();
        connection.Execute("INSERT INTO digest_fingerprints (version, entries) VALUES (@v, @e::jsonb) ON CONFLICT (version) DO NOTHING",
            ("v", document.Version), ("e", StoredJson.Write(document.Entries)));
    }

    public KnowledgeFingerprints? Fingerprints(string version)
    {
        using var connection = db.Open();
        return connection.Query("SELECT entries::text FROM digest_fingerprints WHERE version = @v",
            r => new KnowledgeFingerprintDocument { Version = version, Entries = StoredJson.Read<List<string>>(r.GetString(0)) }.ToFingerprints(),
            ("v", version)).FirstOrDefault();
    }

    private static DigestSubscription ReadSubscription(Npgsql.NpgsqlDataReader reader) =>
        StoredJson.Read<DigestSubscriptionDocument>(reader.GetString(0)).ToSubscription();

    private static DigestDelivery ReadDelivery(Npgsql.NpgsqlDataReader reader) =>
        StoredJson.Read<DigestDeliveryDocument>(reader.GetString(0)).ToDelivery();
}
