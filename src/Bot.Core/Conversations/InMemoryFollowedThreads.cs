using System.Collections.Concurrent;
using Bot.Core.Abstractions;

namespace Bot.Core.Conversations;

/// <summary>Followed threads in memory, with expiry: for runs without storage (and what a store falls back to while it fails).</summary>
public sealed class InMemoryFollowedThreads(TimeProvider time) : IFollowedThreads
{
    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<(string Platform, string Thread), (string Parent, DateTimeOffset Until)> _threads = new();

    public void Follow(string platform, string thread, string parentChannel, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        if (_threads.Count > PruneAbove)
        {
            foreach (var (key, entry) in _threads)
            {
                if (entry.Until <= now)
                {
                    _threads.TryRemove(key, out _);
                }
            }
        }

        _threads[(platform, thread)] = (parentChannel, now + lifetime);
    }

    public FollowedThread? Find(string platform, string thread) =>
        _threads.TryGetValue((platform, thread), out var entry) && entry.Until > time.GetUtcNow()
            ? new FollowedThread(platform, thread, entry.Parent)
            : null;
}
