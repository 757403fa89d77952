using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>The big topics: a neutral summary and, on contested topics, both governments' positions, attributed.</summary>
public sealed class FaqIntent(IRetriever? retriever = null) : IIntent
{
    public string Name => IntentNames.Faq;

    /// <summary>Share of a stored phrasing's words a question must contain to count as asking it.</summary>
    private const double MinPhrasingOverlap = 0.6;

    public async ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var q = context.Query;
        var kb = context.Knowledge;
        var faq = q.StoredPhrasingFaqId is { } stored ? kb.Faq(stored)
            : q.FaqIds.Count > 0 ? kb.Faq(Rank(q, kb))
            : ByPhrasing(q, kb);
        if (faq is null)
        {
            return null;
        }

        var more = q.IsFollowUp && context.Conversation?.FaqId == faq.Id;
        var asked = more ? null : await AskedSectionAsync(faq, q, cancellationToken).ConfigureAwait(false);
        return Build(faq, kb, q, more, asked);
    }

    /// <summary>
    /// A specific question about a topic ("what kicked off hallyu") deserves the section that answers it: the retriever
    /// ranks this topic's sections by meaning; without one, shared words decide.
    /// </summary>
    private async Task<FaqSection?> AskedSectionAsync(FaqEntry faq, ParsedQuery q, CancellationToken cancellationToken)
    {
        // Names other than the topic's own ("ulleungdo", "oki islands") make a question specific too.
        var topicPhrases = q.Hits.Where(h => h.Kind == TargetKind.Faq).Select(h => (h.Start, h.Length)).ToHashSet();
        var specific = q.ContentWords.Count > 0 || q.Hits.Any(h => !topicPhrases.Contains((h.Start, h.Length)))
            || (Text.TextNormalizer.ContainsCjk(q.Folded) && q.Folded.Length > 12);
        if (!specific || retriever is not { IsEnabled: true })
        {
            return null;
        }

        var text = Text.TextNormalizer.ContainsCjk(q.Folded) ? q.Original : string.Join(' ', q.Words);
        var found = await retriever.RetrieveAsync(text, 12, cancellationToken).ConfigureAwait(false);
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
    private static string Rank(ParsedQuery q, KnowledgeBase kb) =>
        // A person's name ("lee jae myung") points at a topic less than a subject word ("trilateral") does.
        q.Hits.Where(h => h.Kind == TargetKind.Faq && q.FaqIds.Contains(h.Id))
            .OrderBy(h => q.Hits.Any(g => g.Kind == TargetKind.Glossary && g.Phrase == h.Phrase && kb.Glossary.Any(t => t.Id == g.Id && t.Kind == "person")) ? 1 : 0)
            .ThenByDescending(h => h.Length).ThenBy(h => h.Start).FirstOrDefault()?.Id
        ?? q.FaqIds[0]; // from a /faq command or the conversation, not from the text


    private static FaqEntry? ByPhrasing(ParsedQuery q, KnowledgeBase kb)
    {
        var words = Terms.Of(q.Words).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        FaqEntry? best = null;
        var bestScore = 0.0;
        foreach (var f in kb.Faqs)
        {
            foreach (var phrasing in f.Questions)
            {
                var pw = Terms.SetOf(phrasing);
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
        }

        return bestScore >= MinPhrasingOverlap ? best : null;
    }

    /// <summary>The section sharing the most (rare-ish) words with the question; null when none shares two.</summary>
    private static FaqSection? BestSection(FaqEntry faq, ParsedQuery q, IReadOnlyList<FaqSection> shown)
    {
        var words = q.ContentWords.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        var best = faq.Sections.Except(shown)
            .Select(s => (Section: s, Score: Terms.SetOf(s.Heading + " " + s.Body).Count(words.Contains)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Section is not null && best.Score >= Math.Min(2, words.Count) ? best.Section : null;
    }

    private Answer Build(FaqEntry faq, KnowledgeBase kb, ParsedQuery q, bool more, FaqSection? asked)
    {
        var body = new StringBuilder();
        if (faq.Contested && q.AsksWhoIsRight)
        {
            body.Append("This is contested, and I don't take sides: here is what each government says.\n\n");
        }

        body.Append(faq.Summary.Trim());
        // Contested topics always carry both positions; then the section closest to what was asked, if any is close.
        // "tell me more" on the same topic gets every section.
        var sections = (more ? faq.Sections : faq.Contested ? faq.Positions : faq.Sections.Take(1)).ToList();
        if ((asked is not null && !sections.Contains(asked) ? asked : BestSection(faq, q, sections)) is { } extra)
        {
            sections.Add(extra);
        }

        foreach (var s in sections)
        {
            body.Append("\n\n**").Append(s.Heading).Append("**\n").Append(s.Body.Trim());
        }

        var others = faq.Sections.Except(sections).Select(s => s.Heading).ToList();
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = faq.Title,
            Body = body.ToString(),
            Sources = kb.SourcesFor(faq.SourceIds),
            AsOf = kb.AsOf,
            Confidence = q.FaqIds.Count > 0 ? 0.95 : 0.75,
            // Stored phrasings are written the way people type them; only the well-formed ones make good suggestions.
            Suggestions = [.. faq.Questions.Where(x => x.EndsWith('?') && char.IsUpper(x[0])).Take(2)],
            Context = new ConversationState { FaqId = faq.Id, Intent = Name },
        };
    }
}
