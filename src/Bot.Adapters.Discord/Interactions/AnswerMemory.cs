using System.Collections.Concurrent;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Discord.Interactions;

/// <summary>
/// The sources of recent answers, by answer id, for the "Sources" button. Bounded in time and count: after a restart or a day
/// the button says so, and the sources are still in the embed itself.
/// </summary>
public sealed class AnswerMemory(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<Source> Sources)> _entries = new(StringComparer.Ordinal);

    public void Remember(string answerId, IReadOnlyList<Source> sources)
    {
        if (_entries.Count >= Capacity)
        {
            Prune();
        }

        _entries[answerId] = (time.GetUtcNow(), sources);
    }

    public bool TryGet(string answerId, out IReadOnlyList<Source> sources)
    {
        if (_entries.TryGetValue(answerId, out var entry) && time.GetUtcNow() - entry.At < Lifetime)
        {
            sources = entry.Sources;
            return true;
        }

        sources = [];
        return false;
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (id, entry) in _entries)
        {
            if (now - entry.At >= Lifetime)
            {
                _entries.TryRemove(id, out _);
            }
        }

        // Still full of live entries: drop the oldest tenth rather than grow without bound.
        if (_entries.Count >= Capacity)
        {
            foreach (var id in _entries.OrderBy(e => e.Value.At).Take(Capacity / 10).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(id, out _);
            }
        }
    }
}
