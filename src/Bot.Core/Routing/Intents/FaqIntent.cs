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

/// <summary>The big topics: a neutral summary and, on contested topics, both governments' positions, attributed.</summary>
public sealed partial class FaqIntent(IRetriever? retriever = null) : IIntent
{
    public string Name => IntentNames.Faq;

    /// <summary>Share of a stored phrasing's words a question must contain to count as asking it.</summary>
    private const double MinPhrasingOverlap = 0.6;

    public async ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var part = context.Part;
        var kb = context.Knowledge;
        var t = part.Targets;
        var (faq, how) = t.StoredPhrasingFaqId is { } stored ? (kb.Faq(stored), 0.9)
            : t.FaqIds.Count > 0 ? (kb.Faq(Rank(part, kb)), 0.75)
            : (ByPhrasing(part.Wording, context.Index.FaqTerms), 0.45);
        if (faq is null)
        {
            return null;
        }

        var more = part.FollowUp.IsFollowUp && context.Conversation?.FaqId == faq.Id && part.Wording.ContentWords.Count == 0;
        var asked = more ? null : await AskedSectionAsync(faq, part.Wording, cancellationToken).ConfigureAwait(false);
        var answer = Build(faq, kb, part, more, asked, context.Lang, context.Index.FaqTerms);
        var typeMatch = part.Asking.WhoIsRight ? 1.0 : part.Type switch
        {
            // "Relations since Lee took office" asks about a period: its events, more than a topic.
            AnswerType.Overview when part.Period.IsTenure => 0.7,
            // "Did Korea attend the Sado memorial in 2025?": a topic in one year (not the year of its own name, as in "the 1965
            // treaty"), with words of its own, asks what happened then, which the year's event may say better.
            AnswerType.Overview when part.Period.Years.Count == 1 && part.Wording.ContentWords.Count > 0
                && !faq.Title.Contains(part.Period.Years[0].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) => 0.85,
            // "What does zainichi mean?" asks what a word means: the glossary says it, a topic that only uses the word
            // does not ("what does pragmatic diplomacy mean" names the topic itself).
            AnswerType.Definition when part.Asking.StrictDefinition && !NamesTopic(part.Wording, faq) && t.GlossaryIds.Count > 0 => 0.85,
            // "What was the radar lock-on incident?", "what was the Kōno statement?" name an event or a term, and this broader
            // topic only as its context: the event or the term says what it was.
            AnswerType.Definition when NarrowerNameAsked(part, faq, kb) => 0.6,
            AnswerType.Overview or AnswerType.Definition => 1.0,
            // A dated claim ("Kishida visited Yasukuni in 2013, didn't he?") is about an event, which a topic can't settle.
            AnswerType.Claim when part.Claim is { Years.Count: > 0 } => 0.6,
            AnswerType.Reason or AnswerType.Claim => faq.Contested ? 0.85 : 0.7,
            AnswerType.Prediction => 0.7,
            AnswerType.List or AnswerType.Events => 0.5,
            // "How much money did the claims deal involve?": a topic whose answer states the amount ($300 million in grants).
            AnswerType.Number when AsksMoney().IsMatch(part.Wording.Folded) && AnswerEvidence.HasAmount(answer.Body) => 0.6,
            AnswerType.Date or AnswerType.Number or AnswerType.Person or AnswerType.Place or AnswerType.Naming => 0.35,
            _ => 0.2,
        };
        return new Candidate(answer, new Fit(typeMatch, Math.Min(1, how + (asked is not null ? 0.15 : 0))));
    }

    /// <summary>A sum of money asked for: counts ("how many Koreans got one") are the statistics' to give.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(money|cost|costs|paid|pay|pays|fund|funds|funding|amount|compensation|grants?|loans?|yen|dollars|won)\b|얼마를|금액|돈|いくら|金額|お金")]
    private static partial System.Text.RegularExpressions.Regex AsksMoney();

    /// <summary>
    /// The part is only the name of an event or a term, not of this topic itself ("the Kōno statement" is one of the topic's
    /// aliases, but the statement's own name): the topic is only their context. Words of its own ("the disagreement over…",
    /// "your stance on…") ask about the topic.
    /// </summary>
    private static bool NarrowerNameAsked(QuestionPart part, FaqEntry faq, KnowledgeBase kb) =>
        part.Targets.StoredPhrasingFaqId is null && part.Wording.ContentWords.Count == 0 && !Cues.Position().IsMatch(part.Wording.Folded)
        && part.Wording.Hits.Any(h => h.Kind == TargetKind.Event || (h.Kind == TargetKind.Glossary && kb.Term(h.Id) is { Kind: not "person" }))
        && !TopicNames.NamedItself(part.Wording, faq);

    private static bool NamesTopic(Wording wording, FaqEntry faq)
    {
        var title = TextNormalizer.Fold(faq.Title);
        return wording.Hits.Any(h => h.Kind == TargetKind.Glossary && title.Contains(h.Phrase, StringComparison.Ordinal));
    }

    /// <summary>
    /// A specific question about a topic ("what kicked off hallyu") deserves the section that answers it: the retriever
    /// ranks this topic's sections by meaning; without one, shared words decide.
    /// </summary>
    private async Task<FaqSection?> AskedSectionAsync(FaqEntry faq, Wording q, CancellationToken cancellationToken)
    {
        // Names other than the topic's own ("ulleungdo", "oki islands") make a question specific too.
        var topicPhrases = q.Hits.Where(h => h.Kind == TargetKind.Faq).Select(h => (h.Start, h.Length)).ToHashSet();
        var specific = q.ContentWords.Count > 0 || q.Hits.Any(h => !topicPhrases.Contains((h.Start, h.Length)))
            || (Text.TextNormalizer.ContainsCjk(q.Folded) && q.Folded.Length > 12);
        if (!specific || retriever is not { IsEnabled: true })
        {
            return null;
        }

        var found = await retriever.RetrieveAsync(q.SearchText, 12, cancellationToken).ConfigureAwait(false);
        foreach (var passage in found.Passages)
        {
            if (ChunkId.TryParse(passage.Id, out var kind, out var id, out var section) && kind == ChunkKinds.Faq && id == faq.Id && section > 0)
            {
                return faq.Sections[section - 1];
            }
        }

        return null;
    }

    /// <summary>With several topics named, the one named by the longest phrase wins (it is the most specific).</summary>
    private static string Rank(QuestionPart part, KnowledgeBase kb)
    {
        var hits = part.Wording.Hits;
        // A person's name ("lee jae myung") points at a topic less than a subject word ("trilateral") does.
        return hits.Where(h => h.Kind == TargetKind.Faq && part.Targets.FaqIds.Contains(h.Id))
            .OrderBy(h => hits.Any(g => g.Kind == TargetKind.Glossary && g.Phrase == h.Phrase && kb.Term(g.Id)?.Kind == "person") ? 1 : 0)
            .ThenByDescending(h => h.Length).ThenBy(h => h.Start).FirstOrDefault()?.Id
            ?? part.Targets.FaqIds[0]; // from a /faq command or the conversation, not from the text
    }


    private static FaqEntry? ByPhrasing(Wording q, FaqTerms faqTerms)
    {
        var words = Terms.Of(q.Words).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        FaqEntry? best = null;
        var bestScore = 0.0;
        foreach (var (f, pw) in faqTerms.Phrasings)
        {
            if (pw.Count < 2)
            {
                continue;
            }

            var score = pw.Count(words.Contains) / (double)pw.Count;
            if (score > bestScore)
            {
                (best, bestScore) = (f, score);
            }
        }

        return bestScore >= MinPhrasingOverlap ? best : null;
    }

    /// <summary>The section sharing the most (rare-ish) words with the question; null when none shares two.</summary>
    private static FaqSection? BestSection(FaqEntry faq, Wording q, IReadOnlyList<FaqSection> shown, FaqTerms faqTerms)
    {
        var words = q.ContentWords.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        var best = faq.Sections.Except(shown)
            .Select(s => (Section: s, Score: faqTerms.Section(s).Count(words.Contains)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Section is not null && best.Score >= Math.Min(2, words.Count) ? best.Section : null;
    }

    private Answer Build(FaqEntry faq, KnowledgeBase kb, QuestionPart part, bool more, FaqSection? asked, Lang lang, FaqTerms faqTerms)
    {
        var t = AnswerTemplates.For(lang);
        var text = faq.For(lang);
        var body = new StringBuilder();
        if (faq.Contested && part.Asking.WhoIsRight)
        {
            body.Append(t.ContestedNoSides);
        }

        body.Append(text.Summary.Trim());
        // Contested topics always carry both positions; then the section closest to what was asked, if any is close.
        // "tell me more" on the same topic gets every section.
        var sections = (more ? faq.Sections : faq.Contested ? faq.Positions : faq.Sections.Take(1)).ToList();
        if ((asked is not null && !sections.Contains(asked) ? asked : BestSection(faq, part.Wording, sections, faqTerms)) is { } extra)
        {
            sections.Add(extra);
        }

        // Section N of a translation translates section N: the sections chosen in English are shown at the same places.
        foreach (var s in sections.Select(s => text.Sections[faq.Sections.Index().First(x => x.Item == s).Index]))
        {
            body.Append("\n\n**").Append(s.Heading).Append("**\n").Append(s.Body.Trim());
        }

        if (text.Lang != lang)
        {
            body.Append("\n\n").Append(t.Untranslated);
        }

        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Lang = lang,
            Title = text.Title,
            Body = body.ToString(),
            Sources = kb.SourcesFor(faq.SourceIds),
            AsOf = kb.AsOf,
            Confidence = part.Targets.FaqIds.Count > 0 || part.Targets.StoredPhrasingFaqId is not null ? 0.95 : 0.75,
            // Stored phrasings are written the way people type them; only the well-formed ones make good suggestions.
            Suggestions = [.. faq.Questions.Where(x => x.EndsWith('?') && char.IsUpper(x[0])).Take(2)],
            Context = new ConversationState { FaqId = faq.Id, Intent = Name, AnswerType = part.Type.ToString() },
        };
    }
}
