using Bot.Core.Conversations;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The three-character pieces of every Korean and Japanese title in the knowledge base (events, FAQ topics, statistics).
/// A Korean or Japanese question that names no alias can still name a topic in its own words ("헌법재판소 결정은…" — the
/// Constitutional Court of the removal event's title): such a question is not out of scope, the passage search can answer
/// it, and in a thread it names that entry rather than asking a detail of the thread's. Three characters, because
/// two-character words ("오늘", "서울", "天気") are everyday words as often as names.
/// </summary>
public sealed class CjkTopicWords
{
    private const int Length = 3;

    /// <summary>A piece in more titles than this ("대통령") says that a topic is named, not which.</summary>
    private const int MaxEntriesForAName = 2;

    private readonly Dictionary<string, HashSet<string>> _entries = new(StringComparer.Ordinal);

    public CjkTopicWords(KnowledgeBase kb)
    {
        foreach (var lang in new[] { Lang.Ko, Lang.Ja })
        {
            foreach (var e in kb.Timeline.Where(e => e.Text(lang).Lang == lang))
            {
                Add(e.Text(lang).Title, EventKey(e.Id));
            }

            foreach (var f in kb.Faqs.Where(f => f.For(lang).Lang == lang))
            {
                Add(f.For(lang).Title, FaqKey(f.Id));
            }

            foreach (var s in kb.Statistics.Where(s => s.Text(lang).Lang == lang))
            {
                Add(s.Text(lang).Name, SeriesKey(s.Id));
            }
        }
    }

    /// <summary>Whether the folded question shares a three-character run of a Korean or Japanese title.</summary>
    public bool Named(string folded) => Pieces(folded).Any(_entries.ContainsKey);

    /// <summary>Whether the folded question names the entry an answer is about by a piece of its title few others share.</summary>
    public bool Names(string folded, ConversationState about)
    {
        foreach (var piece in Pieces(folded))
        {
            if (_entries.TryGetValue(piece, out var keys) && keys.Count <= MaxEntriesForAName
                && ((about.EventId is { } e && keys.Contains(EventKey(e)))
                    || (about.FaqId is { } f && keys.Contains(FaqKey(f)))
                    || about.SeriesIds.Any(s => keys.Contains(SeriesKey(s)))))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string title, string key)
    {
        foreach (var piece in Pieces(Text.TextNormalizer.Fold(title)))
        {
            if (!_entries.TryGetValue(piece, out var keys))
            {
                _entries[piece] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            keys.Add(key);
        }
    }

    private static string EventKey(string id) => "event:" + id;

    private static string FaqKey(string id) => "faq:" + id;

    private static string SeriesKey(string id) => "series:" + id;

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
