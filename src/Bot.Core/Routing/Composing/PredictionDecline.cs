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
            Body = $"{reason}{t.LatestRelatedFacts}\n\n**{related.Title}**\n{WithoutEndsBefore(related.Body, t)}",
            Chart = null,
        };
    }

    // The reason already says where the knowledge ends; the related answer's own "my knowledge ends…" line would say it twice.
    private static string WithoutEndsBefore(string body, AnswerTemplates t) =>
        string.Join("\n\n", body.Trim().Split("\n\n").Where(p => !p.Contains(t.EndsMarker, StringComparison.Ordinal)));
}
