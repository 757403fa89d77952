using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>Conversation follow-up context in LiteDB, forgotten after <see cref="StorageOptions.ConversationTtl"/>.</summary>
public sealed class LiteDbConversationStore(LiteDbContext db, IOptions<StorageOptions> options, TimeProvider time) : IConversationStore
{
    public ConversationState? Get(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        var document = db.Conversations.FindById(conversationKey);
        if (document is null)
        {
            return null;
        }

        if (time.GetUtcNow() - document.UpdatedAtUtc > options.Value.ConversationTtl)
        {
            // A stale context would silently bend a new question; delete it so the file does not keep it either.
            db.Conversations.Delete(conversationKey);
            return null;
        }

        return document.ToState();
    }

    public void Set(string conversationKey, ConversationState state)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        db.Conversations.Upsert(ConversationDocument.From(conversationKey, state, time.GetUtcNow()));
    }
}
