using Bot.Adapters.Discord.Outbound;

namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>
/// Guards Discord's 1,000 Identifies per day (exceeding it resets the bot token): at most one per
/// <c>minInterval</c>, and once the remaining count from <c>GET /gateway/bot</c> reaches the reserve, none until it resets.
/// </summary>
internal sealed class IdentifyBudget(TimeProvider time, TimeSpan minInterval, int reserve)
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset? _last;

    public void Update(SessionStartLimit limit)
    {
        lock (_lock)
        {
            _remaining = limit.Remaining;
            _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    /// <summary>How long to wait before the next Identify; <paramref name="exhausted"/> says the daily budget is why.</summary>
    public TimeSpan DelayBeforeNext(out bool exhausted)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var wait = _last is { } last ? last + minInterval - now : TimeSpan.Zero;
            exhausted = _remaining is { } r && r <= reserve && _resetAt > now;
            if (exhausted && _resetAt - now > wait)
            {
                wait = _resetAt - now;
            }

            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    public void Spend()
    {
        lock (_lock)
        {
            _last = time.GetUtcNow();
            if (_remaining > 0)
            {
                _remaining--;
            }
        }
    }
}
