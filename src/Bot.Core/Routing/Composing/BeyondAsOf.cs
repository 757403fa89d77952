using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// A question about a time after the knowledge base ends ("did Korea lift the ban in the summer of 2026?") is answered
/// with that limit first: what the sources say up to the as-of date is offered, never passed off as covering the period.
/// </summary>
public static class BeyondAsOf
{
    public static bool Applies(QuestionPart part, KnowledgeBase kb) =>
        kb.Timeline.Count > 0 && (part.Period.From is { } from ? from.Start > kb.AsOf.End
            : part.Period.Years.Count > 0 && part.Period.Years.All(y => y > kb.AsOf.Year)
              || (part.Period.Years.Count == 1 && part.Period.Years[0] == kb.AsOf.Year && part.Period.Month is { } m && kb.AsOf.Month is { } am && m > am));

    public static Answer Compose(Answer answer, KnowledgeBase kb, Lang lang = Lang.En)
    {
        var t = AnswerTemplates.For(lang);
        var limit = AnswerParts.EndsBefore(kb, t.ThatPeriod, lang);
        return answer.Outcome != Outcome.Answer || answer.Body.Contains(t.EndsMarker, StringComparison.Ordinal)
            ? answer
            : answer with { Body = $"{limit}{t.ClosestHeld}\n\n{answer.Body}", Confidence = Math.Min(answer.Confidence, 0.9) };
    }
}
