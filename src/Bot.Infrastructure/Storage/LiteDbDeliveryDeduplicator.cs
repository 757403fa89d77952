using Bot.Core.Abstractions;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Delivery claims in LiteDB, so a platform retry that arrives after a restart (or at a second process on the same
/// file) is still recognised. Both steps are single atomic operations under LiteDB's file lock: the insert fails on
/// an existing key, and an expired claim is taken over only by a conditional update that one caller can win.
/// </summary>
public sealed class LiteDbDeliveryDeduplicator(LiteDbContext db, TimeProvider time, ILogger<LiteDbDeliveryDeduplicator> logger)
    : IDeliveryDeduplicator
{
    /// <summary>Expired claims are deleted every this many claims, so the collection stays about one TTL's worth of traffic.</summary>
    internal const int PruneEvery = 500;

    private readonly InMemoryClaims _fallback = new();
    private int _claims;

    public bool TryClaim(string key, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var now = time.GetUtcNow();
        try
        {
            if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
            {
                var cutoff = now.UtcDateTime;
                db.Deliveries.DeleteMany(d => d.ExpiresAt <= cutoff);
            }

            var claimed = Claim(key, now, ttl);
            db.Succeeded();
            return claimed;
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Delivery claim for {Key} kept in memory only: cannot use {Path}", key, db.FullPath);
            return _fallback.TryClaim(key, now, ttl);
        }
    }

    private bool Claim(string key, DateTimeOffset now, TimeSpan ttl)
    {
        key = StorageKeys.Bound(key);
        var claimedAt = now.UtcDateTime;
        var expiresAt = (now + ttl).UtcDateTime;
        try
        {
            db.Deliveries.Insert(new DeliveryDocument { Key = key, ClaimedAt = claimedAt, ExpiresAt = expiresAt });
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Claimed before: take it over only if that claim has expired (a key reused long after, not a retry).
            var taken = db.Deliveries.UpdateMany(
                d => new DeliveryDocument { Key = d.Key, ClaimedAt = claimedAt, ExpiresAt = expiresAt },
                d => d.Key == key && d.ExpiresAt <= claimedAt);
            return taken == 1;
        }
    }
}
