using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// A prediction, or a request to state the future as fact, is declined with the reason, and the latest related fact the
/// knowledge base holds is offered instead.
/// </summary>
public static class PredictionDecline
{
    public static Answer Compose(Answer related, KnowledgeBase kb)
    {
        var reason = $"I don't make predictions or state the future as fact: my sources record what has happened, up to {kb.AsOf.ToDisplay()}.";
        if (related.Outcome != Outcome.Answer)
        {
            return AnswerParts.Decline(IntentNames.OutOfScope, "I can't predict that", reason, kb, confidence: 0.9);
        }

        return related with
        {
            Outcome = Outcome.Decline,
            Title = "I can't predict that",
            Body = $"{reason} The latest related facts I hold:\n\n**{related.Title}**\n{related.Body.Trim()}",
            Chart = null,
        };
    }
}
