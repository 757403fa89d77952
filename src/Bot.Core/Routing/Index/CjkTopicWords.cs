using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The three-character pieces of every Korean and Japanese title in the knowledge base (events, FAQ topics, statistics).
/// A Korean or Japanese question that names no alias can still name a topic in its own words ("헌법재판소 결정은…" — the
/// Constitutional Court of the removal event's title): such a question is not out of scope, and the passage search can
/// answer it. Three characters, because two-character words ("오늘", "서울", "天気") are everyday words as often as names.
/// </summary>
public sealed class CjkTopicWords
{
    private const int Length = 3;
    private readonly HashSet<string> _pieces = new(StringComparer.Ordinal);

    public CjkTopicWords(KnowledgeBase kb)
    {
        foreach (var lang in new[] { Lang.Ko, Lang.Ja })
        {
            var titles = kb.Timeline.Select(e => e.Text(lang)).Where(t => t.Lang == lang).Select(t => t.Title)
                .Concat(kb.Faqs.Select(f => f.For(lang)).Where(t => t.Lang == lang).Select(t => t.Title))
                .Concat(kb.Statistics.Select(s => s.Text(lang)).Where(t => t.Lang == lang).Select(t => t.Name));
            foreach (var title in titles)
            {
                _pieces.UnionWith(Pieces(Text.TextNormalizer.Fold(title)));
            }
        }
    }

    /// <summary>Whether the folded question shares a three-character run of a Korean or Japanese title.</summary>
    public bool Named(string folded) => Pieces(folded).Any(_pieces.Contains);

    private static IEnumerable<string> Pieces(string folded)
    {
        foreach (var run in PassageIndex.CjkRuns(folded))
        {
            for (var i = 0; i + Length <= run.Length; i++)
            {
                yield return run.Substring(i, Length);
            }
        }
    }
}
