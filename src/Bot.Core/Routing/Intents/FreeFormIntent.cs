using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// Questions no fixed intent answers go to retrieval. Without a retriever, or with nothing relevant found,
/// the bot says it doesn't know and points at the closest topics instead of guessing.
/// </summary>
public sealed class FreeFormIntent(IRetriever retriever, IAnswerComposer? composer = null) : IIntent
{
    public string Name => IntentNames.FreeForm;

    public bool IsExpensive => true;

    public async ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var kb = context.Knowledge;
        var part = context.Part;
        // Retrieval always finds *something*; a question that names neither country nor anything the knowledge base knows
        // ("who won the world series") would get an irrelevant passage.
        var anchored = part.Scope.JapanOrKorea || part.Wording.Hits.Count > 0 || part.Targets.NamesAnything || context.Conversation is { IsEmpty: false };
        if (!anchored)
        {
            return null;
        }

        if (retriever.IsEnabled)
        {
            var result = await retriever.RetrieveAsync(part.Wording.SearchText, 5, cancellationToken).ConfigureAwait(false);
            if (result.Passages.Count > 0 && composer is not null
                && await composer.ComposeAsync(context, result, cancellationToken).ConfigureAwait(false) is { } composed)
            {
                return new Candidate(composed, new Fit(0.6, composed.Confidence));
            }

            // Not confident enough to answer, but the passages still point at the nearest topics.
            var near = result.Passages
                .Select(p => ChunkId.TryParse(p.Id, out var kind, out var id, out _) && kind == ChunkKinds.Faq ? kb.Faq(id) : null)
                .OfType<FaqEntry>().Distinct().Take(3).ToList();
            if (near.Count > 0)
            {
                return new Candidate(DontKnow(part, kb, near, context.Lang), new Fit(0.1, 0.1));
            }
        }

        return new Candidate(DontKnow(part, kb, ClosestTopics(part, context.Index, 3), context.Lang), new Fit(0.1, 0.1));
    }

    /// <summary>"I don't know that from my sources", with the figures held when a number was asked and the closest topics.</summary>
    public static Answer DontKnow(QuestionPart q, KnowledgeBase kb, IReadOnlyList<FaqEntry> closest, Lang lang = Lang.En)
    {
        var t = AnswerTemplates.For(lang);
        var body = new StringBuilder(t.DontKnowBody);
        if (q.Asks(AnswerType.Number) || q.Period.Years.Count > 0)
        {
            // An unknown metric: say which figures exist rather than leave the user guessing what to ask.
            body.Append("\n\n").Append(t.FiguresHeld)
                .Append(string.Join("; ", kb.Statistics.GroupBy(s => s.Category).Select(g => $"{t.CategoryName(g.Key)}: {string.Join(", ", g.Take(4).Select(s => s.Text(lang).Name))}{(g.Count() > 4 ? ", …" : "")}")))
                .Append(t.FullStop);
        }

        if (closest.Count > 0)
        {
            body.Append("\n\n").Append(t.ClosestTopicsCovered).Append(string.Join(", ", closest.Select(f => f.For(lang).Title))).Append(t.FullStop);
        }

        return new Answer
        {
            Outcome = Outcome.Decline,
            Intent = IntentNames.FreeForm,
            Title = t.DontKnowTitle,
            Body = body.ToString(),
            AsOf = kb.AsOf,
            Confidence = 0.3,
            // Every line above comes from the templates and the translated names, so no "not yet translated" note is due.
            Lang = lang,
            Suggestions = [.. closest.Select(f => f.Questions[0])],
            Context = new ConversationState { Intent = IntentNames.FreeForm },
        };
    }

    /// <summary>Topics sharing the most words with the question (all topics tie at zero: then the first few).</summary>
    public static IReadOnlyList<FaqEntry> ClosestTopics(QuestionPart q, RoutingIndex index, int count)
    {
        var words = Terms.Of(q.Wording.Words).ToHashSet(StringComparer.Ordinal);
        return [.. index.Knowledge.Faqs
            .Select(f => (Faq: f, Score: index.FaqTerms.Topic(f).Count(words.Contains)))
            .OrderByDescending(x => x.Score)
            .Take(count)
            .Select(x => x.Faq)];
    }
}
