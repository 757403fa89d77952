using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Conversation follow-up context in LiteDB, forgotten after <see cref="StorageOptions.ConversationTtl"/>.
/// A broken or locked database costs the follow-up context, never the answer: failures are logged and swallowed.
/// </summary>
public sealed class LiteDbConversationStore(
    LiteDbContext db,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<LiteDbConversationStore> logger) : IConversationBatchStore
{
    public ConversationState? Get(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        try
        {
            var document = db.Conversations.FindById(StorageKeys.Bound(conversationKey));
            db.Succeeded();
            if (document is null)
            {
                return null;
            }

            if (time.GetUtcNow() - document.UpdatedAtUtc > options.Value.ConversationTtl)
            {
                // A stale context would silently bend a new question; delete it so the file does not keep it either.
                db.Conversations.Delete(StorageKeys.Bound(conversationKey));
                return null;
            }

            return document.ToState();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Conversation context could not be read from {Path}; answering without it", db.FullPath);
            return null;
        }
    }

    public void Set(string conversationKey, ConversationState state)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        SetMany([(conversationKey, state, time.GetUtcNow())]);
    }

    public void SetMany(IReadOnlyList<(string Key, ConversationState State, DateTimeOffset At)> updates)
    {
        try
        {
            db.Conversations.Upsert(ConversationDocument.Latest(updates));
            db.Succeeded();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("{Count} conversation contexts could not be saved to {Path}; follow-ups will lack them", updates.Count, db.FullPath);
        }
    }
}
