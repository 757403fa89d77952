using Bot.Core.Abstractions;
using Bot.Core.Conversations;

namespace Bot.Infrastructure.Storage;

/// <summary>Conversation context as a provider keeps it, with the batch write the write-behind queue needs.</summary>
public interface IConversationBatchStore : IConversationStore
{
    /// <summary>Saves each update as of its own time; never throws (a failure costs follow-up context, and is reported once per outage).</summary>
    void SetMany(IReadOnlyList<(string Key, ConversationState State, DateTimeOffset At)> updates);
}
