using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Delivery claims in PostgreSQL, so a platform retry that lands on another replica (or after a restart) is still recognised.
/// A claim is one statement keyed by platform and id: the insert wins, or takes over a claim that has expired; of two replicas
/// racing for one key exactly one gets a row back. While the database fails, claims are kept in memory (one warning per outage).
/// </summary>
public sealed class PostgresDeliveryDeduplicator(PostgresDatabase db, TimeProvider time, ILogger<PostgresDeliveryDeduplicator> logger)
    : IDeliveryDeduplicator
{
    private readonly InMemoryClaims _fallback = new();
    private int _claims;

    public bool TryClaim(string key, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var (platform, id) = Split(key);
        return db.Use(connection =>
        {
            // The TTL sweep: expired claims go every so many claims, so the table stays about one TTL's worth of traffic.
            if (Interlocked.Increment(ref _claims) % LiteDbDeliveryDeduplicator.PruneEvery == 0)
            {
                connection.Execute("DELETE FROM delivery_claims WHERE expires_at <= @now", ("now", now.UtcDateTime));
            }

            var won = connection.Scalar("""
                INSERT INTO delivery_claims (platform, id, claimed_at, expires_at) VALUES (@p, @id, @now, @expires)
                ON CONFLICT (platform, id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
                    WHERE delivery_claims.expires_at <= EXCLUDED.claimed_at
                RETURNING 1
                """, ("p", platform), ("id", id), ("now", now.UtcDateTime), ("expires", (now + ttl).UtcDateTime));
            return won is not null;
        }, () =>
        {
            logger.LogDebug("Delivery claim for {Key} kept in memory only: cannot use {Database}", key, db.Description);
            return _fallback.TryClaim(key, now, ttl);
        });
    }

    /// <summary>A claim copied from a LiteDB file, kept as it was (an existing claim wins); false when the database failed.</summary>
    internal bool Copy(string key, DateTimeOffset claimedAt, DateTimeOffset expiresAt)
    {
        var (platform, id) = Split(key);
        return db.Use(connection =>
        {
            connection.Execute("""
                INSERT INTO delivery_claims (platform, id, claimed_at, expires_at) VALUES (@p, @id, @c, @e) ON CONFLICT DO NOTHING
                """, ("p", platform), ("id", id), ("c", claimedAt.UtcDateTime), ("e", expiresAt.UtcDateTime));
            return true;
        }, () => false);
    }

    /// <summary>"slack:event:Ev1" → ("slack", "event:Ev1"); both parts bounded like every stored key.</summary>
    internal static (string Platform, string Id) Split(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", StorageKeys.Bound(key)) : (StorageKeys.Bound(key[..colon]), StorageKeys.Bound(key[(colon + 1)..]));
    }
}
