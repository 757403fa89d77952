using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// A prediction, or a request to state the future as fact, is declined with the reason, and the latest related fact the
/// knowledge base holds is offered instead.
/// </summary>
public static class PredictionDecline
{
    public static Answer Compose(Answer related, KnowledgeBase kb, Lang lang = Lang.En)
    {
        var t = AnswerTemplates.For(lang);
        var reason = t.CantPredict(kb.AsOf.ToDisplay(lang));
        if (related.Outcome != Outcome.Answer)
        {
            return AnswerParts.Decline(IntentNames.OutOfScope, t.CantPredictTitle, reason, kb, confidence: 0.9, lang);
        }

        return related with
        {
            Outcome = Outcome.Decline,
            Title = t.CantPredictTitle,
            Body = $"{reason}{t.LatestRelatedFacts}\n\n**{related.Title}**\n{related.Body.Trim()}",
            Chart = null,
        };
    }
}
