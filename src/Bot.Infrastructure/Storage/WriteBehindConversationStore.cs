using System.Collections.Concurrent;
using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Conversation context for the long-running server: kept in memory (same time-to-live), read from the database only on a miss
/// (e.g. after a restart), and written back in batches off the request path (see <see cref="WriteBehindQueue{T}"/>).
/// Safe next to CLI processes on the same file because conversation keys are per platform and conversation. LiteDB only:
/// with Postgres every replica reads the table, since the next message of a thread may reach another replica.
/// </summary>
public sealed class WriteBehindConversationStore(
    IConversationBatchStore stored,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<WriteBehindConversationStore> logger)
    : WriteBehindQueue<(string Key, ConversationState State, DateTimeOffset At)>(logger), IConversationStore
{
    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<string, (ConversationState State, DateTimeOffset At)> _recent = new(StringComparer.Ordinal);

    public ConversationState? Get(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        if (_recent.TryGetValue(conversationKey, out var cached))
        {
            if (time.GetUtcNow() - cached.At <= options.Value.ConversationTtl)
            {
                return cached.State;
            }

            _recent.TryRemove(conversationKey, out _);
        }

        // Not seen by this process (or expired here): the file decides, with its own expiry rule.
        return stored.Get(conversationKey);
    }

    public void Set(string conversationKey, ConversationState state)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        var now = time.GetUtcNow();
        if (_recent.Count > PruneAbove)
        {
            foreach (var (key, entry) in _recent)
            {
                if (now - entry.At > options.Value.ConversationTtl)
                {
                    _recent.TryRemove(key, out _);
                }
            }
        }

        _recent[conversationKey] = (state, now);
        Enqueue((conversationKey, state, now));
    }

    protected override bool Write(IReadOnlyList<(string Key, ConversationState State, DateTimeOffset At)> batch)
    {
        // Context is worth little minutes later: a failed batch is dropped (the store reports it), never held.
        stored.SetMany(batch);
        return true;
    }
}
