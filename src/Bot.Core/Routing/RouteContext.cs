using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing;

/// <summary>
/// Everything an intent reads for one question part: the question as asked, the part as read (follow-ups already
/// resolved against the conversation), the knowledge snapshot and its routing index, the conversation so far, today, and
/// the language to answer in.
/// </summary>
public sealed record RouteContext(
    Question Question,
    QuestionPart Part,
    KnowledgeBase Knowledge,
    RoutingIndex Index,
    ConversationState? Conversation,
    DateOnly Today,
    Lang Lang = Lang.En);
