using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The phrasings curators listed under each FAQ topic's <c>questions:</c>. A question asked (almost) exactly that way
/// belongs to that topic, whatever statistics or glossary names it also contains.
/// </summary>
public sealed class StoredPhrasings
{
    /// <summary>Share of shared words (Jaccard) that counts as "asked that way".</summary>
    private const double MinSimilarity = 0.85;

    private readonly List<(string FaqId, HashSet<string> Words)> _phrasings;

    /// <summary>For each word, the phrasings that use it: a question's few words are looked up once, not in every phrasing.</summary>
    private readonly Dictionary<string, List<int>> _usedBy;

    public StoredPhrasings(KnowledgeBase kb)
    {
        _phrasings = [.. kb.Faqs.SelectMany(f => f.Questions
            .Select(q => (f.Id, Significant(Tokenizer.Words(TextNormalizer.Fold(q)))))
            .Where(p => p.Item2.Count >= 2))];
        _usedBy = WordUsers.Of([.. _phrasings.Select(p => p.Words)]);
    }

    public string? Match(IReadOnlyList<string> words)
    {
        var query = Significant(words);
        if (query.Count < 2)
        {
            return null;
        }

        var shared = new int[_phrasings.Count];
        foreach (var w in query)
        {
            if (_usedBy.TryGetValue(w, out var phrasings))
            {
                foreach (var i in phrasings)
                {
                    shared[i]++;
                }
            }
        }

        // The first phrasing (in the order listed) asked that way, as a pass over them all finds it.
        for (var i = 0; i < _phrasings.Count; i++)
        {
            var (faqId, stored) = _phrasings[i];
            if (shared[i] / (double)(stored.Count + query.Count - shared[i]) >= MinSimilarity)
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
