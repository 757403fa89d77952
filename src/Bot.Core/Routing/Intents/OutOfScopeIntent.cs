using Bot.Core.Answers;

namespace Bot.Core.Routing.Intents;

/// <summary>Weather, coding help, other countries' relations…: a polite decline that says what the bot covers.</summary>
public sealed class OutOfScopeIntent : IIntent
{
    public string Name => IntentNames.OutOfScope;

    public ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var q = context.Query;
        var inScope = q.HasKnowledgeHit || (q.MentionsJapanOrKorea && !q.MentionsOffTopic);
        var otherRelations = q.MentionsOffTopic && !q.HasKnowledgeHit;
        if (inScope && !otherRelations)
        {
            return ValueTask.FromResult<Answer?>(null);
        }

        return ValueTask.FromResult<Answer?>(AnswerParts.Decline(Name, "That's outside what I cover",
            "Sorry — that's not something I can answer.", context.Knowledge, confidence: q.MentionsJapanOrKorea ? 0.7 : 0.95));
    }
}
