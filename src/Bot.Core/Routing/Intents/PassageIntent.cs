using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// Detail questions a template leaves uncovered ("which eight prefectures?", "how many votes?", "whose grave did he
/// visit?"): the sentence of the knowledge base that answers them, with its entry's date and sources. It finds the
/// sentence in the snapshot's <see cref="PassageIndex"/> (no retrieval service), so it is one of the cheap intents.
/// </summary>
public sealed class PassageIntent : IIntent
{
    public string Name => IntentNames.Passage;

    private const double MinCoverage = 0.34;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Propose(context));

    private Candidate? Propose(RouteContext context)
    {
        var part = context.Part;
        if (part.Type is AnswerType.Naming or AnswerType.Recent || part.Asking.WhoIsRight || part.IsStructured)
        {
            return null;
        }

        var query = Coverage.QueryTerms(part).ToHashSet(StringComparer.Ordinal);
        var own = query.Count;
        // A follow-up's own words are few ("how many votes?"): the thread's subject joins the search, so the sentence is
        // looked for where the conversation is.
        foreach (var name in SubjectNames(context))
        {
            query.UnionWith(PassageIndex.TermsOf(name));
        }

        if (own == 0)
        {
            return null;
        }

        var matches = context.Index.Passages.Search(part, 8, query);
        var best = matches.FirstOrDefault(m => Satisfies(part.Type, m.Passage.Text) && m.Coverage >= MinCoverage)
            ?? matches.FirstOrDefault(m => m.Coverage >= MinCoverage);
        if (best is null)
        {
            return null;
        }

        // One sentence is the answer only when no template covers the question: it scores below a fitting template.
        var typeMatch = Satisfies(part.Type, best.Passage.Text) ? TypeWeight(part.Type) : 0.3;
        return new Candidate(Build(best, context.Knowledge, part, context.Lang), new Fit(typeMatch, Math.Clamp(best.Coverage, 0, 1) * 0.5));
    }

    /// <summary>How much a single sentence can be the answer to this type of question.</summary>
    private static double TypeWeight(AnswerType type) => type switch
    {
        AnswerType.Number or AnswerType.Person or AnswerType.Place or AnswerType.List or AnswerType.Date => 0.7,
        AnswerType.Reason or AnswerType.Claim => 0.6,
        AnswerType.Events or AnswerType.Overview or AnswerType.Definition => 0.4,
        _ => 0.3,
    };

    private static IEnumerable<string> SubjectNames(RouteContext context)
    {
        var kb = context.Knowledge;
        var t = context.Part.Targets;
        foreach (var id in t.EventIds)
        {
            if (kb.Event(id) is { } e)
            {
                yield return e.Title;
            }
        }

        foreach (var id in t.SeriesIds)
        {
            if (kb.Series(id) is { } s)
            {
                yield return s.Name;
            }
        }

        if (t.EventIds.Count == 0)
        {
            foreach (var id in t.FaqIds)
            {
                if (kb.Faq(id) is { } f)
                {
                    yield return f.Title;
                }
            }
        }
    }

    private static bool Satisfies(AnswerType type, string text) => AnswerEvidence.Satisfies(type, text);

    private Answer Build(PassageMatch match, KnowledgeBase kb, QuestionPart part, Lang lang)
    {
        var p = match.Passage;
        var body = new StringBuilder();
        string? eventId = null, faqId = null;
        IReadOnlyList<string> seriesIds = [];
        var title = p.Title;
        var answerLang = Lang.En;
        switch (p.Kind)
        {
            case ChunkKinds.Event when kb.Event(p.EntryId) is { } e:
                // The event is told in the asker's language when it is translated; the sentence found was English.
                var text = e.Text(lang);
                title = text.Title;
                answerLang = text.Lang;
                body.Append("**").Append(TimelineIntent.DateText(e, text.Lang)).Append("** — ").Append(text.Summary);
                if (!e.Summary.Contains(p.Text, StringComparison.Ordinal))
                {
                    body.Append("\n\n").Append(AnswerTemplates.For(text.Lang).WhyItMatters).Append(text.Significance);
                }

                eventId = e.Id;
                faqId = e.RelatedFaq.FirstOrDefault();
                break;
            // The sentence found is in the passage's language; the title follows it.
            case ChunkKinds.Faq:
                body.Append(p.Text);
                faqId = p.EntryId;
                (title, answerLang) = (p.Lang == Lang.En ? p.Title : kb.Faq(p.EntryId)?.For(p.Lang).Title ?? p.Title, p.Lang);
                break;
            case ChunkKinds.Series:
                body.Append(p.Text);
                seriesIds = [p.EntryId];
                (title, answerLang) = (p.Lang == Lang.En ? p.Title : kb.Statistics.FirstOrDefault(s => s.Id == p.EntryId)?.Text(p.Lang).Name ?? p.Title, p.Lang);
                break;
            case ChunkKinds.Term:
                body.Append(p.Text);
                (title, answerLang) = (p.Lang == Lang.En ? p.Title : kb.Term(p.EntryId)?.Name(p.Lang) ?? p.Title, p.Lang);
                break;
            default:
                body.Append(p.Text);
                break;
        }

        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = title,
            Body = body.ToString(),
            Sources = kb.SourcesFor(p.SourceIds.Take(3)),
            AsOf = kb.AsOf,
            Confidence = 0.9,
            Lang = answerLang,
            Context = new ConversationState
            {
                EventId = eventId,
                FaqId = faqId,
                SeriesIds = seriesIds,
                GlossaryId = p.Kind == ChunkKinds.Term ? p.EntryId : null,
                Year = p.Date?.Year ?? (part.Period.Years.Count == 1 ? part.Period.Years[0] : null),
                Intent = Name,
                AnswerType = part.Type.ToString(),
            },
        };
    }
}
