using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The phrasings curators listed under each FAQ topic's <c>questions:</c>. A question asked (almost) exactly that way
/// belongs to that topic, whatever statistics or glossary names it also contains.
/// </summary>
public sealed class StoredPhrasings(KnowledgeBase kb)
{
    /// <summary>Share of shared words (Jaccard) that counts as "asked that way".</summary>
    private const double MinSimilarity = 0.85;

    private readonly List<(string FaqId, HashSet<string> Words)> _phrasings = [.. kb.Faqs.SelectMany(f => f.Questions
        .Select(q => (f.Id, Significant(Tokenizer.Words(TextNormalizer.Fold(q)))))
        .Where(p => p.Item2.Count >= 2))];

    public string? Match(IReadOnlyList<string> words)
    {
        var query = Significant(words);
        if (query.Count < 2)
        {
            return null;
        }

        foreach (var (faqId, stored) in _phrasings)
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
