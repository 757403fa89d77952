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

    private const string Claim = """
        INSERT INTO delivery_claims (platform, id, claimed_at, expires_at) VALUES (@p, @id, @now, @expires)
        ON CONFLICT (platform, id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
            WHERE delivery_claims.expires_at <= EXCLUDED.claimed_at
        RETURNING 1
        """;

    // The second claim is inserted only when the first was won (its RETURNING row): one statement, one round trip, and the
    // outcome of TryClaim(first) && TryClaim(second). Of two replicas racing for the same pair, the loser of the first insert
    // waits for the winner's commit, finds the claim taken and inserts nothing.
    private const string ClaimBoth = """
        WITH first AS (
            INSERT INTO delivery_claims (platform, id, claimed_at, expires_at) VALUES (@p, @id, @now, @expires)
            ON CONFLICT (platform, id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
                WHERE delivery_claims.expires_at <= EXCLUDED.claimed_at
            RETURNING 1)
        INSERT INTO delivery_claims (platform, id, claimed_at, expires_at) SELECT @p2, @id2, @now, @expires WHERE EXISTS (SELECT 1 FROM first)
        ON CONFLICT (platform, id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
            WHERE delivery_claims.expires_at <= EXCLUDED.claimed_at
        RETURNING 1
        """;

    public bool TryClaim(string key, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var (platform, id) = Split(key);
        return db.Use(connection =>
        {
            Prune(connection, now);
            return connection.Scalar(Claim, ("p", platform), ("id", id), ("now", now.UtcDateTime), ("expires", (now + ttl).UtcDateTime)) is not null;
        }, () =>
        {
            logger.LogDebug("Delivery claim for {Key} kept in memory only: cannot use {Database}", key, db.Description);
            return _fallback.TryClaim(key, now, ttl);
        });
    }

    public bool TryClaimBoth(string first, string second, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(first);
        ArgumentException.ThrowIfNullOrEmpty(second);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var (platform, id) = Split(first);
        var (platform2, id2) = Split(second);
        if ((platform, id) == (platform2, id2))
        {
            // One row twice in one statement is not allowed; the answer is known anyway (the second claim of a key loses).
            return TryClaim(first, ttl) && TryClaim(second, ttl);
        }

        var now = time.GetUtcNow();
        return db.Use(connection =>
        {
            Prune(connection, now);
            return connection.Scalar(ClaimBoth, ("p", platform), ("id", id), ("p2", platform2), ("id2", id2),
                ("now", now.UtcDateTime), ("expires", (now + ttl).UtcDateTime)) is not null;
        }, () =>
        {
            logger.LogDebug("Delivery claims for {First} and {Second} kept in memory only: cannot use {Database}", first, second, db.Description);
            return _fallback.TryClaim(first, now, ttl) && _fallback.TryClaim(second, now, ttl);
        });
    }

    /// <summary>The TTL sweep: expired claims go every so many claims, so the table stays about one TTL's worth of traffic.</summary>
    private void Prune(Npgsql.NpgsqlConnection connection, DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _claims) % LiteDbDeliveryDeduplicator.PruneEvery == 0)
        {
            connection.Execute("DELETE FROM delivery_claims WHERE expires_at <= @now", ("now", now.UtcDateTime));
        }
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
