using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Intents;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// "Who won the 2022 World Cup final?": the best the knowledge base has is an event of another year (the 2002 World Cup),
/// matched on a word or two and scored low. Offering it as the answer passes off one year's event as another's; the
/// honest reply is "I don't know", with the closest topics. A claim is exempt (its year may be the very thing wrong), and
/// so is an answer the choice step was sure of.
/// </summary>
public static class OtherYearOnly
{
    /// <summary>Below this, an event answer from a year not asked about is not offered.</summary>
    public const double SureAbove = 0.6;

    public static bool Applies(QuestionPart part, Answer answer, KnowledgeBase kb) =>
        answer.Outcome == Outcome.Answer && part.Type != AnswerType.Claim && answer.Confidence < SureAbove
        && part.Period.Years.Count > 0 && answer.Context?.EventId is { } id && kb.Event(id) is { } e
        && !part.Period.Years.Any(y => y >= e.Date.Year && y <= (e.EndDate ?? e.Date).Year);

    public static Answer Compose(RouteContext context) =>
        FreeFormIntent.DontKnow(context.Part, context.Knowledge, FreeFormIntent.ClosestTopics(context.Part, context.Index, 3), context.Lang);
}
