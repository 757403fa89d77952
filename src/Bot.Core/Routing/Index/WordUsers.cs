namespace Bot.Core.Routing.Index;

/// <summary>
/// For each word, the positions (in list order) of the entries whose word sets use it — series names, stored phrasings:
/// a question's few words are then looked up once, instead of being tested against every entry's set.
/// </summary>
internal static class WordUsers
{
    public static Dictionary<string, List<int>> Of(IReadOnlyList<IReadOnlySet<string>> entries)
    {
        var usedBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var w in entries[i])
            {
                if (!usedBy.TryGetValue(w, out var list))
                {
                    usedBy[w] = list = [];
                }

                list.Add(i);
            }
        }

        return usedBy;
    }
}
