using Bot.Core.Conversations;

namespace Bot.Core.Abstractions;

/// <summary>Keeps each conversation's follow-up context for a while (it expires).</summary>
public interface IConversationStore
{
    ConversationState? Get(string conversationKey);

    void Set(string conversationKey, ConversationState state);
}
