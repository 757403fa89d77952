using System.Collections.Concurrent;
using Bot.Core.Abstractions;

namespace Bot.Core.Conversations;

/// <summary>Follow-up context kept in memory, with expiry (tests, benchmarks, and single-process runs without storage).</summary>
public sealed class InMemoryConversationStore(TimeProvider time, TimeSpan ttl) : IConversationStore
{
    private readonly ConcurrentDictionary<string, (ConversationState State, DateTimeOffset At)> _states = new(StringComparer.Ordinal);

    public ConversationState? Get(string conversationKey)
    {
        if (!_states.TryGetValue(conversationKey, out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() - entry.At > ttl)
        {
            _states.TryRemove(conversationKey, out _);
            return null;
        }

        return entry.State;
    }

    public void Set(string conversationKey, ConversationState state) => _states[conversationKey] = (state, time.GetUtcNow());
}
