using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>Ranks timeline events against a question by shared words, names, topics and years.</summary>
public static class EventMatcher
{
    /// <summary>Below this score no event is a convincing match (about one rare word in the title, or two common ones).</summary>
    public const double MinScore = 2.5;

    public static (TimelineEvent Event, double Score)? Best(ParsedQuery q, KnowledgeBase kb)
    {
        var queryWords = q.ContentWords.Concat(q.Hits.Where(h => h.Start >= 0).SelectMany(h => q.Words.Skip(h.Start).Take(h.Length)))
            .Where(w => !CommonWords.Stop.Contains(w) && w.Length > 1)
            .Select(Terms.Stem)
            .ToHashSet(StringComparer.Ordinal);
        var cjkHits = q.Hits.Where(h => h.Start < 0).ToList();

        (TimelineEvent, double)? best = null;
        var idf = Idf(kb);
        foreach (var e in kb.Timeline)
        {
            var score = Score(e, q, queryWords, cjkHits, idf);
            if (score >= MinScore && (best is null || score > best.Value.Item2))
            {
                best = (e, score);
            }
        }

        return best;
    }

    private static double Score(TimelineEvent e, ParsedQuery q, HashSet<string> queryWords, List<LexiconHit> cjkHits, IReadOnlyDictionary<string, double> idf)
    {
        var words = WordsOf(e);
        double score = 0;
        foreach (var w in queryWords)
        {
            // Rare words ("annexation") say more than common ones ("summit"): weight by inverse event frequency.
            var weight = idf.GetValueOrDefault(w, 0);
            if (words.Strong.Contains(w))
            {
                score += weight;
            }
            else if (words.Weak.Contains(w))
            {
                score += weight * 0.4;
            }
        }

        // An alias names the event, but aliases include people's names, so words of the question still count more.
        if (q.EventIds.Contains(e.Id))
        {
            score += 2;
        }

        score += q.FaqIds.Count(f => e.RelatedFaq.Contains(f) || e.Tags.Contains(f)) * 1.5;
        score += cjkHits.Count(h => h.Kind == TargetKind.Glossary && e.Aliases.Any(a => a.Contains(h.Phrase, StringComparison.Ordinal)));

        // Ties go to the better-known event (more names people use for it).
        score += 0.05 * e.Aliases.Count;

        if (q.Years.Count > 0)
        {
            score += q.Years.Contains(e.Date.Year) ? 3 : -3;
        }

        return score;
    }

    private sealed record EventWords(HashSet<string> Strong, HashSet<string> Weak);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, IReadOnlyDictionary<string, double>> IdfCache = [];

    private static IReadOnlyDictionary<string, double> Idf(KnowledgeBase kb) => IdfCache.GetValue(kb, k =>
    {
        var df = k.Timeline.SelectMany(e => WordsOf(e).Strong.Union(WordsOf(e).Weak)).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return df.ToDictionary(p => p.Key, p => Math.Log(1 + (k.Timeline.Count / (double)p.Value)), StringComparer.Ordinal);
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TimelineEvent, EventWords> Cache = [];

    private static EventWords WordsOf(TimelineEvent e) => Cache.GetValue(e, ev =>
    {
        static IEnumerable<string> W(string text) => Tokenizer.Words(TextNormalizer.Fold(text))
            .Where(w => !CommonWords.Stop.Contains(w) && w.Length > 1).Select(Terms.Stem);
        var titleWords = Tokenizer.Words(TextNormalizer.Fold(ev.Title));
        // "white list" also matches "whitelist": people write compounds both ways.
        var compounds = titleWords.Zip(titleWords.Skip(1), (a, b) => a + b);
        var strong = W(ev.Title).Concat(compounds).Concat(ev.Aliases.SelectMany(W)).Concat(ev.Tags.SelectMany(t => W(t.Replace('-', ' ')))).ToHashSet(StringComparer.Ordinal);
        var weak = W(ev.Summary).Concat(W(ev.Significance)).ToHashSet(StringComparer.Ordinal);
        return new EventWords(strong, weak);
    });


}
