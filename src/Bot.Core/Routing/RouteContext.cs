using Bot.Core.Conversations;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing;

/// <summary>Everything an intent reads: the question, its parsed form, the knowledge snapshot, the conversation so far, today.</summary>
public sealed record RouteContext(
    Question Question,
    ParsedQuery Query,
    KnowledgeBase Knowledge,
    ConversationState? Conversation,
    DateOnly Today);
