using System.Runtime.CompilerServices;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Intents;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>
/// The phrasings curators listed under each FAQ topic's <c>questions:</c>. A question asked (almost) exactly that way
/// belongs to that topic, whatever statistics or glossary names it also contains.
/// </summary>
public static class StoredPhrasings
{
    /// <summary>Share of shared words (Jaccard) that counts as "asked that way".</summary>
    private const double MinSimilarity = 0.85;

    private static readonly ConditionalWeakTable<KnowledgeBase, List<(string FaqId, HashSet<string> Words)>> Cache = [];

    public static string? Match(IReadOnlyList<string> words, KnowledgeBase kb)
    {
        var query = Significant(words);
        if (query.Count < 2)
        {
            return null;
        }

        var phrasings = Cache.GetValue(kb, k => [.. k.Faqs.SelectMany(f => f.Questions
            .Select(q => (f.Id, Significant(Tokenizer.Words(TextNormalizer.Fold(q)))))
            .Where(p => p.Item2.Count >= 2))]);
        foreach (var (faqId, stored) in phrasings)
        {
            var shared = stored.Count(query.Contains);
            if (shared / (double)(stored.Count + query.Count - shared) >= MinSimilarity)
            {
                return faqId;
            }
        }

        return null;
    }

    private static HashSet<string> Significant(IEnumerable<string> words) =>
        words.Where(w => !CommonWords.Stop.Contains(w) || w is "japan" or "korea" or "korean" or "koreans" or "japanese")
            .Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
}
