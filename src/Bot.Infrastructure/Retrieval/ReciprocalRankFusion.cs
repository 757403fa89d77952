namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Merges rankings by reciprocal rank: each list gives 1/(k + rank). Uses ranks only, so BM25 scores (unbounded)
/// and cosines (−1…1) never have to be put on one scale.
/// </summary>
internal static class ReciprocalRankFusion
{
    /// <summary>The usual constant: large enough that one list's top item cannot outvote agreement between lists.</summary>
    public const int DefaultK = 60;

    /// <summary>Every item of every ranking, best fused score first; ties keep the order of first appearance.</summary>
    public static List<(T Item, double Score)> Fuse<T>(IReadOnlyList<IReadOnlyList<T>> rankings, int k = DefaultK)
        where T : notnull
    {
        var scores = new Dictionary<T, (double Score, int FirstSeen)>();
        var seen = 0;
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var item = ranking[rank];
                var add = 1.0 / (k + rank + 1);
                scores[item] = scores.TryGetValue(item, out var s) ? (s.Score + add, s.FirstSeen) : (add, seen++);
            }
        }

        return [.. scores
            .OrderByDescending(p => p.Value.Score)
            .ThenBy(p => p.Value.FirstSeen)
            .Select(p => (p.Key, p.Value.Score))];
    }
}
