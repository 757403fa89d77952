namespace Bot.Adapters.Discord.Outbound;

/// <summary>
/// Counts 401, 403 and 429 responses over the last 10 minutes. Discord bans an IP at 10,000 of them; past the configured cap
/// the client stops calling until old ones age out, so a bad token or a bug cannot walk the bot into that ban.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int cap)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();

    public void Record()
    {
        lock (_lock)
        {
            _recent.Enqueue(time.GetUtcNow());
        }
    }

    public bool IsOverCap
    {
        get
        {
            lock (_lock)
            {
                var since = time.GetUtcNow() - Window;
                while (_recent.Count > 0 && _recent.Peek() <= since)
                {
                    _recent.Dequeue();
                }

                return _recent.Count >= cap;
            }
        }
    }
}
