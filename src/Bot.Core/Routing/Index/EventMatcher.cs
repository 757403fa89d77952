using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>A timeline event and how well it matches a question part.</summary>
public sealed record EventMatch(TimelineEvent Event, double Score);

/// <summary>
/// Ranks timeline events against a question part by shared words (rare ones count more), names, topics, years and
/// months. Built once per snapshot as part of the <see cref="RoutingIndex"/>.
/// </summary>
public sealed partial class EventMatcher
{
    /// <summary>Below this score no event is a convincing match (about one rare word in the title, or two common ones).</summary>
    public const double MinScore = 2.5;

    /// <param name="Topics">The event's related FAQ topics and tags in one set: every question checks its topics against every event.</param>
    /// <param name="TitleStems">The stems of the English title's own words (without aliases and tags).</param>
    private sealed record EventWords(TimelineEvent Event, HashSet<string> Strong, HashSet<string> Weak, EventDirection.Country Actor, EventDirection.Way Way,
        HashSet<string> Topics, HashSet<string> TitleStems);

    private readonly IReadOnlyList<EventWords> _events;
    private readonly IReadOnlyDictionary<string, double> _idf;

    private readonly IReadOnlyDictionary<string, string> _people;

    /// <summary>
    /// For each word, the events that use it and whether as a strong word (title, alias, tag) or only a weak one: a question's
    /// few words are looked up once here instead of in every event's two sets.
    /// </summary>
    private readonly Dictionary<string, List<(int Event, bool Strong)>> _usedBy = new(StringComparer.Ordinal);

    public EventMatcher(KnowledgeBase kb)
    {
        _events = [.. kb.Timeline.Select(WordsOf)];
        for (var i = 0; i < _events.Count; i++)
        {
            foreach (var w in _events[i].Strong)
            {
                UsedBy(w).Add((i, true));
            }

            foreach (var w in _events[i].Weak.Where(w => !_events[i].Strong.Contains(w)))
            {
                UsedBy(w).Add((i, false));
            }
        }

        _people = kb.Glossary.Where(g => g.Kind == "person")
            .ToDictionary(g => g.Id, g => g.FamilyName, StringComparer.Ordinal);
        var df = _events.SelectMany(e => e.Strong.Union(e.Weak)).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _idf = df.ToDictionary(p => p.Key, p => Math.Log(1 + (kb.Timeline.Count / (double)p.Value)), StringComparer.Ordinal);
    }

    private List<(int Event, bool Strong)> UsedBy(string word)
    {
        if (!_usedBy.TryGetValue(word, out var events))
        {
            _usedBy[word] = events = [];
        }

        return events;
    }

    /// <summary>How much a word says about which event is meant (0 for a word no event uses).</summary>
    public double Weight(string stem) => _idf.GetValueOrDefault(stem, 0);

    /// <summary>The best event, when one matches convincingly.</summary>
    public EventMatch? Best(QuestionPart part) => Rank(part) is { Count: > 0 } ranked && ranked[0].Score >= MinScore ? ranked[0] : null;

    /// <summary>Every event with a positive score, best first.</summary>
    public IReadOnlyList<EventMatch> Rank(QuestionPart part)
    {
        var q = part.Wording;
        var queryWords = q.ContentWords.Concat(q.Hits.Where(h => h.Start >= 0).SelectMany(h => q.Words.Skip(h.Start).Take(h.Length)))
            .Where(w => !CommonWords.Stop.Contains(w) && w.Length > 1)
            .Select(Terms.Stem)
            .Concat(Phrases.Of(q.Folded))
            .Concat(PassageIndex.CjkTerms(NamesApart(q.Folded, q.Hits)))
            .Concat(Counts(q.Folded))
            .ToHashSet(StringComparer.Ordinal);
        // "When did the export curbs start?": with its subject named, "start" asks when the subject began. It counts for an
        // event the subject's own words match too ("the first Wednesday demonstration"), not for any event that "begins".
        var startOfSubject = part.Type == AnswerType.Date && q.Hits.Any(h => h.Kind is TargetKind.Faq or TargetKind.Glossary)
            && queryWords.Remove(Begin);
        var cjkHits = q.Hits.Where(h => h.Start < 0).ToList();
        var (actor, way) = (EventDirection.Actor(q.Folded), EventDirection.Direction(q.Folded));
        var wordScores = WordScores(queryWords);
        if (startOfSubject)
        {
            var subject = q.Hits.Where(h => h.Start >= 0).SelectMany(h => q.Words.Skip(h.Start).Take(h.Length)).Select(Terms.Stem).ToList();
            for (var i = 0; i < _events.Count; i++)
            {
                // The title's own words: tags name topics, and the boycott is tagged with the export controls it answered.
                var e = _events[i];
                var begins = e.Strong.Contains(Begin) ? 1 : e.Weak.Contains(Begin) ? 0.4 : 0;
                wordScores[i] += begins > 0 && e.TitleStems.Overlaps(subject) ? begins * Weight(Begin) : 0;
            }
        }

        var ranked = new List<EventMatch>(_events.Count);
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            var score = Score(e, part, wordScores[i], cjkHits);
            score += score > 0 ? EventDirection.Bonus(actor, way, e.Actor, e.Way) : 0;
            if (score > 0)
            {
                ranked.Add(new EventMatch(e.Event, score));
            }
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return Ordinal(ranked, WithoutNames(q), NamedSurnames(part));
    }

    /// <summary>
    /// The Korean/Japanese question with the names it holds set apart: in "李在明大統領が就任" the pair 明大 straddles a
    /// name and the next word, and would match any title that writes the same name before 大統領.
    /// </summary>
    private static string NamesApart(string folded, IReadOnlyList<LexiconHit> hits)
    {
        foreach (var h in hits)
        {
            if (h.Start < 0 && h.Phrase.Length > 1)
            {
                folded = folded.Replace(h.Phrase, " " + h.Phrase + " ", StringComparison.Ordinal);
            }
        }

        return folded;
    }

    /// <summary>The question without the names it holds: "first" in "the March First Movement" is no ordinal.</summary>
    private static string WithoutNames(Wording q)
    {
        var folded = q.Folded;
        foreach (var h in q.Hits)
        {
            folded = folded.Replace(h.Phrase, " ", StringComparison.Ordinal);
        }

        return folded;
    }

    /// <summary>The family names of the people a part names: "the first summit between Lee and Takaichi" is one of theirs.</summary>
    private List<string> NamedSurnames(QuestionPart part) =>
        [.. part.Targets.GlossaryIds.Select(id => _people.GetValueOrDefault(id)).OfType<string>()];

    /// <summary>
    /// "The first summit between Lee and Ishiba": among events that match about equally well, the earliest; "the latest"
    /// or "the last" one, the most recent.
    /// </summary>
    private static List<EventMatch> Ordinal(List<EventMatch> ranked, string folded, List<string> surnames)
    {
        var nth = FirstWord().IsMatch(folded) ? 1 : SecondWord().IsMatch(folded) ? 2 : ThirdWord().IsMatch(folded) ? 3 : 0;
        var last = LastWord().IsMatch(folded);
        if (ranked.Count < 2 || (nth == 0) == !last)
        {
            return ranked;
        }

        var close = ranked.TakeWhile(m => m.Score >= ranked[0].Score - 1.5).OrderBy(m => m.Event.Date.Start).ToList();
        // Count only the events of everyone named: Lee's first summit with Takaichi is not his first with Ishiba.
        var theirs = ranked.TakeWhile(m => m.Score >= ranked[0].Score - 4).Where(m => surnames.All(m.Event.Mentions)).ToList();
        if (surnames.Count > 0 && theirs.Count > 0)
        {
            close = [.. theirs.OrderBy(m => m.Event.Date.Start)];
        }

        var pick = nth > 0 ? close[Math.Min(nth, close.Count) - 1] : close[^1];
        ranked.Remove(pick);
        ranked.Insert(0, pick with { Score = ranked[0].Score + 0.01 });
        return ranked;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(first|earliest|initial)\b|처음|첫|최초|最初|初めて|初の|初会談|第1回")]
    private static partial System.Text.RegularExpressions.Regex FirstWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(second|2nd)\b|두 번째|두번째|2번째|二度目|2度目|2回目|二回目|第2回")]
    private static partial System.Text.RegularExpressions.Regex SecondWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(third|3rd)\b|세 번째|세번째|3번째|三度目|3度目|3回目|第3回")]
    private static partial System.Text.RegularExpressions.Regex ThirdWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(the last|last (one|time|summit|meeting|visit|event|ceremony)|latest|most recent|newest)\b|마지막|최근|最後|最新|直近")]
    private static partial System.Text.RegularExpressions.Regex LastWord();

    /// <summary>The stem of "start", "begin", "launch".</summary>
    private const string Begin = "begin";

    /// <summary>What the thread's topic adds to an event of that topic that the question's words already found.</summary>
    private const double ThreadTopicBonus = 2.0;

    /// <summary>
    /// Each event's score from the words it shares with the question, added word by word in the question's order (so every
    /// sum is the one a pass over each event's own sets gives, to the last bit).
    /// </summary>
    private double[] WordScores(HashSet<string> queryWords)
    {
        var scores = new double[_events.Count];
        foreach (var w in queryWords)
        {
            if (!_usedBy.TryGetValue(w, out var events))
            {
                continue;
            }

            // Rare words ("annexation") say more than common ones ("summit"): weight by inverse event frequency.
            var weight = _idf.GetValueOrDefault(w, 0);
            foreach (var (i, strong) in events)
            {
                scores[i] += strong ? weight : weight * 0.4;
            }
        }

        return scores;
    }

    private static double Score(EventWords words, QuestionPart part, double wordScore, List<LexiconHit> cjkHits)
    {
        var e = words.Event;
        var score = wordScore;

        // Among events the words found, the thread's topic's own come first (worth less than a topic named outright).
        if (score > 0 && part.Targets.ThreadTopic is { } topic && words.Topics.Contains(topic))
        {
            score += ThreadTopicBonus;
        }

        // An alias names the event, but aliases include people's names, so words of the question still count more.
        if (part.Targets.EventIds.Contains(e.Id))
        {
            // The thread's event carried over to a question that places itself in a year, with words of its own ("did Korea
            // attend the memorial that year?"), is a likely subject, not a named one: another event of that year whose
            // title those words name can still come first. Without a year ("the venue?") the thread's event stays.
            score += part.FollowUp.ThreadSubject && part.Period.Years.Count > 0 && part.Wording.ContentWords.Count > 0
                && !part.Wording.Hits.Any(h => h.Kind == TargetKind.Event && h.Id == e.Id) ? 1 : 2;
        }

        // Checked before counting: this runs for every event on every question, and most name no topic or CJK glossary term.
        if (part.Targets.FaqIds.Count > 0)
        {
            var faqs = 0;
            foreach (var f in part.Targets.FaqIds)
            {
                faqs += words.Topics.Contains(f) ? 1 : 0;
            }

            score += faqs * 1.5;
        }

        if (cjkHits.Count > 0)
        {
            score += cjkHits.Count(h => h.Kind == TargetKind.Glossary && e.Aliases.Any(a => a.Contains(h.Phrase, StringComparison.Ordinal)));
        }

        // Ties go to the better-known event (more names people use for it).
        score += 0.05 * e.Aliases.Count;

        var period = part.Period;
        if (period.Years.Count > 0)
        {
            var inYear = period.Years.Contains(e.Date.Year) || (e.EndDate is { } end && period.Years.Contains(end.Year));
            score += inYear ? 3 : -3;
            if (inYear && period.Month is { } month)
            {
                score += e.Date.Month == month ? 1.5 : -1;
            }
        }
        else if (period.From is { } from && period.To is { } to)
        {
            score += e.Date.End >= from.Start && e.Date.Start <= to.End ? 1.5 : -2;
        }

        return score;
    }

    /// <summary>A count in any language's words ("1,000th", "제1000차", "第1000回", "1000번째"); not a year.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(\d{1,3}(,\d{3})+|\d{2,4})(?![\d]|[.,]\d)")]
    private static partial System.Text.RegularExpressions.Regex Count();

    /// <summary>The counts a text names, as one term each ("#1000"), so that a title and a question in another language meet.</summary>
    private static IEnumerable<string> Counts(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in Count().Matches(text))
        {
            var digits = m.Value.Replace(",", "", StringComparison.Ordinal);
            if (int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is not (>= 1800 and <= 2100))
            {
                yield return "#" + digits;
            }
        }
    }

    private static EventWords WordsOf(TimelineEvent ev)
    {
        static IEnumerable<string> W(string text) => Tokenizer.Words(TextNormalizer.Fold(text))
            .Where(w => !CommonWords.Stop.Contains(w) && w.Length > 1).Select(Terms.Stem);
        var titleWords = Tokenizer.Words(TextNormalizer.Fold(ev.Title));
        // "white list" also matches "whitelist": people write compounds both ways.
        var compounds = titleWords.Zip(titleWords.Skip(1), (a, b) => a + b);
        var strong = W(ev.Title).Concat(compounds).Concat(ev.Aliases.SelectMany(W)).Concat(ev.Tags.SelectMany(t => W(t.Replace('-', ' '))))
            .Concat(Phrases.Of(TextNormalizer.Fold(ev.Title + " " + string.Join(' ', ev.Aliases))))
            .ToHashSet(StringComparer.Ordinal);
        var weak = W(ev.Summary).Concat(W(ev.Significance)).Concat(Phrases.Of(TextNormalizer.Fold(ev.Summary)))
            .ToHashSet(StringComparer.Ordinal);
        // Korean and Japanese: character pairs of the translated title (and the CJK aliases) are strong, of the summary weak.
        foreach (var lang in Langs.Translated)
        {
            var t = ev.Text(lang);
            if (t.Lang == lang)
            {
                strong.UnionWith(PassageIndex.CjkTerms(t.Title));
                strong.UnionWith(Phrases.Of(t.Title));
                weak.UnionWith(PassageIndex.CjkTerms(t.Summary + " " + t.Significance));
                weak.UnionWith(Phrases.Of(t.Summary));
            }
        }

        strong.UnionWith(ev.Aliases.SelectMany(PassageIndex.CjkTerms));
        strong.UnionWith(Langs.All.SelectMany(l => Counts(ev.Text(l).Title)));
        var title = TextNormalizer.Fold(ev.Title);
        return new EventWords(ev, strong, weak, EventDirection.Actor(title), EventDirection.Direction(title),
            ev.RelatedFaq.Concat(ev.Tags).ToHashSet(StringComparer.Ordinal), titleWords.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal));
    }
}
