using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Conversation follow-up context in PostgreSQL, read on every question so any replica can answer the next message of a thread.
/// A database that cannot be reached costs the follow-up context, never the answer.
/// </summary>
public sealed class PostgresConversationStore(
    PostgresDatabase db,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<PostgresConversationStore> logger) : IConversationBatchStore
{
    public ConversationState? Get(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        var key = StorageKeys.Bound(conversationKey);
        return db.Use(connection =>
        {
            var found = connection.Query("SELECT updated_at, state::text FROM conversations WHERE key = @k",
                r => (UpdatedAt: new DateTimeOffset(r.GetDateTime(0), TimeSpan.Zero), State: r.GetString(1)), ("k", key));
            if (found.Count == 0)
            {
                return null;
            }

            if (time.GetUtcNow() - found[0].UpdatedAt > options.Value.ConversationTtl)
            {
                // A stale context would silently bend a new question; delete it so the table does not keep it either.
                connection.Execute("DELETE FROM conversations WHERE key = @k AND updated_at = @u", ("k", key), ("u", found[0].UpdatedAt.UtcDateTime));
                return null;
            }

            return StoredJson.Read<ConversationDocument>(found[0].State).ToState();
        }, () =>
        {
            logger.LogDebug("Conversation context could not be read from {Database}; answering without it", db.Description);
            return null;
        });
    }

    public void Set(string conversationKey, ConversationState state)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        SetMany([(conversationKey, state, time.GetUtcNow())]);
    }

    public void SetMany(IReadOnlyList<(string Key, ConversationState State, DateTimeOffset At)> updates)
    {
        var saved = db.Use(connection =>
        {
            connection.ExecuteBatch("""
                INSERT INTO conversations (key, updated_at, state) VALUES (@k, @u, @s::jsonb)
                ON CONFLICT (key) DO UPDATE SET updated_at = EXCLUDED.updated_at, state = EXCLUDED.state
                """, ConversationDocument.Latest(updates), d => [("k", d.Key), ("u", d.UpdatedAt), ("s", StoredJson.Write(d))]);
            return true;
        }, () => false);
        if (!saved)
        {
            logger.LogDebug("{Count} conversation contexts could not be saved to {Database}; follow-ups will lack them", updates.Count, db.Description);
        }
    }
}
