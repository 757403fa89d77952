using System.Collections.Concurrent;
using Bot.Core.Abstractions;

namespace Bot.Core.Conversations;

/// <summary>Delivery claims in memory: for runs without storage (a restart forgets them; storage registers the lasting one).</summary>
public sealed class InMemoryDeliveryDeduplicator(TimeProvider time) : IDeliveryDeduplicator
{
    private const int PruneAbove = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);

    public bool TryClaim(string key, TimeSpan ttl)
    {
        var now = time.GetUtcNow();
        if (_claims.Count > PruneAbove)
        {
            foreach (var (claimed, until) in _claims)
            {
                if (until <= now)
                {
                    _claims.TryRemove(claimed, out _);
                }
            }
        }

        while (true)
        {
            if (_claims.TryAdd(key, now + ttl))
            {
                return true;
            }

            if (!_claims.TryGetValue(key, out var until))
            {
                continue;
            }

            if (until > now)
            {
                return false;
            }

            if (_claims.TryUpdate(key, now + ttl, until))
            {
                return true;
            }
        }
    }
}
