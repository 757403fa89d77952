using System.Text;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Intents;

/// <summary>Names in English, Korean and Japanese: "what do Koreans call Takeshima", "who is Takaichi", "what is 광복절".</summary>
public sealed class GlossaryIntent : IIntent
{
    public string Name => IntentNames.Glossary;

    public ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var q = context.Query;
        if (q.GlossaryIds.Count == 0)
        {
            return ValueTask.FromResult<Answer?>(null);
        }

        var term = context.Knowledge.Glossary.First(g => g.Id == q.GlossaryIds[0]);
        // A topic with its own FAQ answers "what is X" better than a glossary line; naming and "who is" stay here.
        var applies = !q.AsksWhoIsRight && q.StoredPhrasingFaqId is null
            && (q.AsksNaming || q.AsksWho || q.AsksDefinition || q.FaqIds.Count == 0)
            // "what's Lee's policy on Japan" is about the policy: a person's card answers only who they are.
            && (term.Kind != "person" || q.AsksWho || q.AsksNaming || q.AsksDefinition || q.ContentWords.Count == 0);
        return ValueTask.FromResult(applies ? Build(term, context.Knowledge, q) : null);
    }

    private Answer Build(GlossaryTerm term, KnowledgeBase kb, ParsedQuery q)
    {
        var body = new StringBuilder();
        body.Append("**").Append(term.English).Append("**\n");
        body.Append("• English: ").Append(term.English).Append('\n');
        body.Append("• Korean: ").Append(term.Korean).Append('\n');
        body.Append("• Japanese: ").Append(term.Japanese).Append("\n\n");
        body.Append(term.Description);
        if (term.Note is not null)
        {
            body.Append("\n\n").Append(term.Note);
        }

        var related = term.RelatedFaq.Select(kb.Faq).OfType<FaqEntry>().ToList();
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = term.English,
            Body = body.ToString(),
            Facts = [new KeyFact("English", term.English), new KeyFact("Korean", term.Korean), new KeyFact("Japanese", term.Japanese)],
            Sources = kb.SourcesFor(related.SelectMany(f => f.SourceIds.Take(1))),
            AsOf = kb.AsOf,
            Confidence = q.AsksNaming || q.AsksWho ? 0.95 : 0.85,
            Suggestions = [.. related.Take(2).Select(f => $"tell me about {f.Title}")],
            Context = new ConversationState { FaqId = related.FirstOrDefault()?.Id, Intent = Name },
        };
    }
}
