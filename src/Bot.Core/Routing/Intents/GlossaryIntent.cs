using System.Text;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>Names in English, Korean and Japanese: "what do Koreans call Takeshima", "who is Takaichi", "what is 광복절".</summary>
public sealed class GlossaryIntent : IIntent
{
    public string Name => IntentNames.Glossary;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var part = context.Part;
        if (part.Targets.GlossaryIds.Count == 0 || part.Asking.WhoIsRight)
        {
            return ValueTask.FromResult<Candidate?>(null);
        }

        var terms = part.Targets.GlossaryIds.Select(id => context.Knowledge.Term(id) ?? throw new InvalidOperationException($"No glossary term '{id}'.")).ToList();
        // "Who followed him?" asks about a person; "what do Koreans call X" about the name asked.
        var term = part.Type == AnswerType.Person ? terms.FirstOrDefault(t => t.Kind == "person") ?? terms[0] : terms[0];
        var person = term.Kind == "person";
        var topicNamed = part.Targets.FaqIds.Count > 0 || part.Targets.StoredPhrasingFaqId is not null;
        // "What was the Kōno statement?": a topic reached only through this term's own name is not what is defined. A topic
        // given by a command or the thread is, and so is one the question has words about ("the disagreement over…").
        var topicDefined = part.Targets.StoredPhrasingFaqId is not null || (part.Wording.ContentWords.Count > 0 && topicNamed)
            || part.Targets.FaqIds.Any(id => context.Knowledge.Faq(id) is { } faq
            && (TopicNames.NamedItself(part.Wording, faq) || !part.Wording.Hits.Any(h => h.Kind == TargetKind.Faq && h.Id == id)));
        var typeMatch = part.Type switch
        {
            AnswerType.Naming => 1.0,
            AnswerType.Person when person => part.Wording.ContentWords.Count <= 1 ? 1.0 : 0.6,
            AnswerType.Definition when part.Asking.StrictDefinition => 0.95,
            // "Kim Dae-jung Obuchi declaration — what was it?": the words besides the names say what is asked about.
            AnswerType.Definition when person && part.Wording.ContentWords.Count > 0 => 0.4,
            AnswerType.Definition => topicDefined ? 0.6 : 0.85,
            // "what's Lee's policy on Japan" is about the policy: a person's card answers only who they are.
            AnswerType.Overview => person && part.Wording.ContentWords.Count > 0 ? 0.3 : topicNamed ? 0.5 : 0.8,
            _ => 0.2,
        };
        return ValueTask.FromResult<Candidate?>(new Candidate(Build(term, context.Knowledge, part, context.Lang), new Fit(typeMatch, 0.8)));
    }

    private Answer Build(GlossaryTerm term, KnowledgeBase kb, QuestionPart part, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var text = term.Text(lang);
        var (english, korean, japanese) = t.LanguageNames;
        var body = new StringBuilder();
        body.Append("**").Append(term.Name(lang)).Append("**\n");
        body.Append("• ").Append(english).Append(": ").Append(term.English).Append('\n');
        body.Append("• ").Append(korean).Append(": ").Append(term.Korean).Append('\n');
        body.Append("• ").Append(japanese).Append(": ").Append(term.Japanese).Append("\n\n");
        body.Append(text.Description);
        if (text.Note is not null)
        {
            body.Append("\n\n").Append(text.Note);
        }

        if (text.Lang != lang)
        {
            body.Append("\n\n").Append(t.Untranslated);
        }

        var related = term.RelatedFaq.Select(kb.Faq).OfType<FaqEntry>().ToList();
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Lang = lang,
            Title = term.Name(lang),
            Body = body.ToString(),
            Facts = [new KeyFact(english, term.English), new KeyFact(korean, term.Korean), new KeyFact(japanese, term.Japanese)],
            // A person's term of office is backed by the event of taking it; a related topic's first source is about the
            // topic (a 2004 summit page is no source for Ishiba's term).
            Sources = kb.SourcesFor([.. RoleIntent.TookOffice(term, kb)?.SourceIds ?? [], .. related.SelectMany(f => f.SourceIds.Take(1))]),
            AsOf = kb.AsOf,
            Confidence = part.Type is AnswerType.Naming or AnswerType.Person ? 0.95 : 0.85,
            Suggestions = [.. related.Take(2).Select(f => t.TellMeAbout(f.For(lang).Title))],
            Context = new ConversationState
            {
                FaqId = related.FirstOrDefault()?.Id, GlossaryId = term.Id, EventId = EventNamed(term, kb)?.Id, Intent = Name, AnswerType = part.Type.ToString(),
            },
        };
    }

    /// <summary>
    /// The event a term names ("2015 comfort-women agreement" → "Foreign ministers announce the 2015 comfort-women agreement"):
    /// "who negotiated it?" goes on about that event.
    /// </summary>
    private static TimelineEvent? EventNamed(GlossaryTerm term, KnowledgeBase kb)
    {
        if (term.Kind != "term")
        {
            return null;
        }

        var name = TextNormalizer.Fold(term.English);
        var named = kb.Timeline.Where(e => TextNormalizer.Fold(e.Title).Contains(name, StringComparison.Ordinal)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
