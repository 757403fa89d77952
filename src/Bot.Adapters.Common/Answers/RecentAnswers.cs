using System.Collections.Concurrent;
using Bot.Core.Answers;

namespace Bot.Adapters.Common.Answers;

/// <summary>
/// Recent answers by answer id, for the buttons under them: Discord's "Sources" shows the full list, Slack's "Share in channel"
/// posts exactly what the asker saw. Bounded in time and count: after a restart or a day the button says so (Slack asks again),
/// and the sources are still in the message itself. One instance serves both platforms (their answer ids never collide).
/// </summary>
public sealed class RecentAnswers(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, long Order, Answer Answer)> _entries = new(StringComparer.Ordinal);
    private int _pruning;
    private long _written;

    public void Remember(string answerId, Answer answer)
    {
        if (_entries.Count >= Capacity)
        {
            Prune();
        }

        // The write order breaks ties between equal clock readings, so eviction always takes the oldest writes.
        _entries[answerId] = (time.GetUtcNow(), Interlocked.Increment(ref _written), answer);
    }

    public bool TryGet(string answerId, out Answer answer)
    {
        if (_entries.TryGetValue(answerId, out var entry) && time.GetUtcNow() - entry.At < Lifetime)
        {
            answer = entry.Answer;
            return true;
        }

        answer = null!;
        return false;
    }

    private void Prune()
    {
        // One pruner at a time; the others carry on (the dictionary may briefly hold a few more than Capacity).
        if (Interlocked.Exchange(ref _pruning, 1) == 1)
        {
            return;
        }

        try
        {
            // ToArray is an atomic snapshot; LINQ over the live dictionary can see default entries while others write.
            var snapshot = _entries.ToArray();
            var now = time.GetUtcNow();
            foreach (var (id, entry) in snapshot)
            {
                if (now - entry.At >= Lifetime)
                {
                    _entries.TryRemove(id, out _);
                }
            }

            // Still full of live entries: drop the oldest tenth rather than grow without bound.
            if (_entries.Count >= Capacity)
            {
                foreach (var (id, _) in snapshot.OrderBy(e => e.Value.At).ThenBy(e => e.Value.Order).Take(Capacity / 10))
                {
                    _entries.TryRemove(id, out _);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _pruning, 0);
        }
    }
}
