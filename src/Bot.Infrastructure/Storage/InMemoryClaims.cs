using System.Collections.Concurrent;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Delivery claims kept by this process only: what the deduplicators fall back to while their database fails, so an outage costs
/// restart- and cross-replica safety, not in-process deduplication.
/// </summary>
internal sealed class InMemoryClaims
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);

    /// <summary>Same rule as the stored claims: true unless <paramref name="key"/> holds a claim that has not expired at <paramref name="now"/>.</summary>
    public bool TryClaim(string key, DateTimeOffset now, TimeSpan ttl)
    {
        var expires = now + ttl;
        while (true)
        {
            if (_claims.TryAdd(key, expires))
            {
                return true;
            }

            if (!_claims.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (existing > now)
            {
                return false;
            }

            if (_claims.TryUpdate(key, expires, existing))
            {
                return true;
            }
        }
    }
}
