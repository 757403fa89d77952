using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Choosing;

/// <summary>
/// The share of a question's information an answer contains: its content terms (stemmed words, Korean/Japanese character
/// pairs, years), weighted by how rare they are in the knowledge base. A name the question uses counts as covered when
/// the answer is about the entry it names, whatever language the answer is written in. One measure for every intent.
/// </summary>
public static partial class Coverage
{
    /// <summary>How a figure moved is the question's operation, not its subject: no answer is judged on these words.</summary>
    private static readonly HashSet<string> MovementWords = new(StringComparer.Ordinal)
    {
        "drop", "dropped", "drops", "fall", "fell", "falls", "rise", "rose", "rises", "risen", "increase", "increased", "decrease",
        "decreased", "grow", "grew", "growth", "grown", "decline", "declined", "jump", "jumped", "plunge", "plunged", "peak",
        "peaked", "highest", "lowest", "biggest", "largest", "smallest", "far", "big", "change", "changed", "differ", "difference",
    };

    /// <summary>What is left of an event's coverage when it happened in a year other than the one asked about.</summary>
    public const double OtherYearShare = 0.6;

    /// <summary>The share of an unnamed follow-up that is its unspoken subject ("it" in "how long did it last?").</summary>
    public const double ThreadSubjectWeight = 0.38;

    /// <summary>
    /// The terms a part is judged on, cut once per part: the passage search and the chooser both ask for them (twice when the
    /// retriever is asked too). Keyed by the part itself, which is read-only; the set handed out is shared and must not be changed.
    /// </summary>
    public static IReadOnlySet<string> QueryTerms(QuestionPart part) => Queries.GetValue(part, static p => CutQueryTerms(p));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<QuestionPart, IReadOnlySet<string>> Queries = new();

    private static HashSet<string> CutQueryTerms(QuestionPart part)
    {
        var w = part.Wording;
        var terms = PassageIndex.TermsOf(string.Join(' ', w.ContentWords.Where(c => !MovementWords.Contains(c))) + " " + CjkOnly(w.Folded));
        foreach (var h in w.Hits.Where(h => h.Start >= 0))
        {
            terms.UnionWith(PassageIndex.TermsOf(string.Join(' ', w.Words.Skip(h.Start).Take(h.Length))));
        }

        foreach (var y in part.Period.Years)
        {
            terms.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return terms;
    }

    /// <summary>0–1; 1 when the question has no content terms the knowledge base knows (nothing can be missed).</summary>
    public static double Of(Answer answer, QuestionPart part, IReadOnlySet<string> query, RoutingIndex index)
    {
        var words = OfWords(answer, part, query, index);
        // "…the LDP take in February 2026?": an event from another year answers another question, however many words it
        // shares. A claim is exempt: its year may be the very thing that is wrong.
        if (part.Type != AnswerType.Claim && part.Period.Years.Count > 0 && answer.Context?.EventId is { } eventId
            && index.Knowledge.Event(eventId) is { } e && !part.Period.Years.Any(y => y >= e.Date.Year && y <= (e.EndDate ?? e.Date).Year))
        {
            words *= OtherYearShare;
        }
        // "Did it actually end?" after an event: the words ask how its story went on, which the next event of its topic tells.
        if (part.Targets.EventIds is [var storyId] && answer.Context?.EventId is { } answerId && answerId != storyId
            && WhatNext.Asked(part.Wording.Folded) && index.Knowledge.Event(storyId) is { } story
            && WhatNext.After(story, index.Knowledge, part.Wording.Folded)?.Id == answerId)
        {
            return 1.0;
        }

        if (!part.FollowUp.ThreadSubject)
        {
            return words;
        }

        // "헌법재판소 결정은?" in a thread on the impeachment vote: the words of another entry's title name that entry, which
        // then stands where the thread's subject would.
        var about = IsAboutTargets(answer, part.Targets)
            || (answer.Outcome == Outcome.Answer && answer.Context is { } c && index.CjkTopics.Names(part.Wording.Folded, c));

        // "How long did it last?" after an event: "it" is part of the question. An answer about the thread's subject covers
        // that half; one about something else that merely shares a word ("the last minute") does not.
        if (!part.FollowUp.AsksOfSubject && (part.Type == AnswerType.Person || LooksElsewhere(part.Wording.Folded)))
        {
            return ((1 - ThreadSubjectWeight) * words) + (about ? ThreadSubjectWeight : 0);
        }

        // "Did Korea attend?", "for what occasion?", "会場は？": a detail of the thread's subject, which is then most of the
        // question; a free-form passage about another entry that happens to use the one word asked ("attended") answers
        // something else. (Named entries about something else stay in play: "who signed it?" is answered by a person.)
        return about ? DetailSubjectWeight + ((1 - DetailSubjectWeight) * words)
            : answer.Intent == IntentNames.FreeForm ? (1 - DetailSubjectWeight) * OffSubjectShare * words
            : (1 - DetailSubjectWeight) * words;
    }

    /// <summary>The share of a detail follow-up ("did Korea attend?") that is its unspoken subject.</summary>
    public const double DetailSubjectWeight = 0.5;

    /// <summary>What is left of an off-subject answer's coverage for a detail follow-up.</summary>
    public const double OffSubjectShare = 0.6;

    /// <summary>
    /// "What came before it?", "has any PM gone since then?", "when did he return the visit?", "when was it lifted?", "how
    /// does Seoul view that?": the answer may well be another entry (a later event, the topic's positions), placed relative
    /// to the thread's subject.
    /// </summary>
    private static bool LooksElsewhere(string folded) => Elsewhere().IsMatch(folded);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(before|after|since|next|previous|prior|earlier|later|following|first|last|other|another|again|return|returned|record|successor|predecessor|followed|preceded|start|started|begin|began|end|ended|lifted|renounce|renounced|scrap|scrapped|view|views|position|stance|think)\b|이전|전에|후에|뒤에|다음|이후|처음|최초|다시|또\s|후임|전임|시작|풀렸|풀린|해제|끝났|끝나|입장|견해|생각|前|後|以来|最初|次|再び|また|後任|前任|始ま|解除|終わ|撤回|立場|見解|考え")]
    private static partial System.Text.RegularExpressions.Regex Elsewhere();

    /// <summary>The subject is the most specific thing the thread was about: its event, else its topic, person or series.</summary>
    private static bool IsAboutTargets(Answer answer, Targets targets) =>
        answer.Outcome == Outcome.Answer && answer.Context is { } c && (targets.EventIds.Count > 0
            ? c.EventId is { } e && targets.EventIds.Contains(e)
            : (c.FaqId is { } f && targets.FaqIds.Contains(f))
              || (c.GlossaryId is { } g && targets.GlossaryIds.Contains(g))
              || c.SeriesIds.Any(targets.SeriesIds.Contains));

    private static double OfWords(Answer answer, QuestionPart part, IReadOnlySet<string> query, RoutingIndex index)
    {
        var about = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in part.Wording.Hits)
        {
            if (IsAbout(answer, hit, index.Knowledge))
            {
                // Cut through the snapshot's memo: the same names are cut again for every candidate about them.
                about.UnionWith(index.AnswerTexts.Of(hit.Phrase));
                if (hit.Start >= 0)
                {
                    about.UnionWith(index.AnswerTexts.Of(string.Join(' ', part.Wording.Words.Skip(hit.Start).Take(hit.Length))));
                }
            }
        }

        // The entries the answer is about: their own names and aliases cover the words the question used for them
        // ("koreans living in japan" → the residents series), in any language.
        List<IReadOnlySet<string>> covering = [about, .. index.EntryTerms.Of(answer)];

        // An office asked about ("요즘 일본 총리 누구임?") is covered by an answer about who holds it.
        if (part.Targets.Office is { } office && answer.Context?.Office == office)
        {
            about.UnionWith(index.AnswerTexts.Of(Reading.OfficeReader.Words(office)));
        }

        var text = index.AnswerTexts.Of(answer.Title + " " + answer.Body);
        var bag = Share(query, t => text.Contains(t) || AnyContains(covering, t), index);
        if (!AnswerEvidence.IsDetail(part.Type))
        {
            return bag;
        }

        // A figure or a date is one sentence's worth: the question's words should be found next to it, not anywhere in
        // a long answer. Half the measure is the best sentence that carries the kind of answer asked for.
        var title = index.AnswerTexts.Of(answer.Title);
        var focus = index.AnswerTexts.SentencesOf(answer.Body)
            .Where(s => AnswerEvidence.Satisfies(part.Type, s))
            .Select(s => index.AnswerTexts.Of(s))
            .Select(sentence => Share(query, t => sentence.Contains(t) || title.Contains(t) || AnyContains(covering, t), index))
            .DefaultIfEmpty(0).Max();
        return (bag + focus) / 2;
    }

    private static bool AnyContains(List<IReadOnlySet<string>> sets, string term)
    {
        foreach (var set in sets)
        {
            if (set.Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    private static double Share(IReadOnlySet<string> query, Func<string, bool> has, RoutingIndex index)
    {
        double total = 0, covered = 0;
        foreach (var term in query)
        {
            // A word no entry uses can be covered by no answer: it tells candidates nothing apart, so it is left out.
            var weight = index.Passages.Weight(term);
            if (weight <= 0 && !term.All(char.IsDigit))
            {
                continue;
            }

            weight = Math.Max(0.5, weight);
            total += weight;
            if (has(term) || has(SeriesMatcher.Synonym(term)))
            {
                covered += weight;
            }
        }

        return total == 0 ? 1 : covered / total;
    }

    /// <summary>True when the answer is about the entry a name in the question points at (or its topic).</summary>
    private static bool IsAbout(Answer answer, LexiconHit hit, KnowledgeBase kb)
    {
        if (answer.Context is not { } c || answer.Outcome != Outcome.Answer)
        {
            return false;
        }

        return hit.Kind switch
        {
            TargetKind.Event => c.EventId == hit.Id || (c.FaqId is { } f && kb.Event(hit.Id)?.RelatedFaq.Contains(f) == true),
            TargetKind.Faq => c.FaqId == hit.Id || (c.EventId is { } e && kb.Event(e)?.RelatedFaq.Contains(hit.Id) == true),
            TargetKind.Series => c.SeriesIds.Contains(hit.Id),
            TargetKind.Glossary => c.GlossaryId == hit.Id
                || (c.FaqId is { } g && kb.Term(hit.Id)?.RelatedFaq.Contains(g) == true),
            _ => false,
        };
    }

    private static string CjkOnly(string folded) => new([.. folded.Select(c => Text.TextNormalizer.IsCjk(c) ? c : ' ')]);
}
