using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Text;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// Whether a question names an FAQ topic itself or only something inside it. "Kōno statement" is an alias of the
/// comfort-women topic and the name of a term and an event: "what was the Kōno statement?" asks about the statement.
/// "GSOMIA" names its topic in the topic's own title, so "what is GSOMIA?" asks about the topic.
/// </summary>
public static class TopicNames
{
    /// <summary>
    /// A name of the topic is in the question and is the topic's own: in its title, or shared with no event (English names
    /// only), and not just part of a longer name ("Takeshima" inside "Takeshima Day", "竹島" in "竹島の日").
    /// </summary>
    public static bool NamedItself(Wording wording, FaqEntry faq)
    {
        var title = TextNormalizer.Fold(faq.Title);
        foreach (var hit in wording.Hits)
        {
            if (hit.Kind != TargetKind.Faq || hit.Id != faq.Id)
            {
                continue;
            }

            var others = wording.Hits.Where(o => o.Kind is TargetKind.Event or TargetKind.Glossary).ToList();
            if (others.Any(o => Covers(o, hit) && o.Phrase.Length > hit.Phrase.Length))
            {
                continue;
            }

            // Korean and Japanese names are checked only for being part of a longer one: the titles they would be compared
            // with are English. A term sharing the name is the topic's own word for itself ("Fukushima treated water"); an
            // event sharing it is one thing inside the topic ("the Kōno statement").
            if (hit.Start < 0 || title.Contains(hit.Phrase, StringComparison.Ordinal)
                || !others.Any(o => o.Kind == TargetKind.Event && SameName(o, hit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same span of the question (or, for Korean and Japanese names found anywhere, the same phrase).</summary>
    public static bool SameName(LexiconHit a, LexiconHit b) =>
        a.Start >= 0 && b.Start >= 0 ? a.Start == b.Start && a.Length == b.Length : string.Equals(a.Phrase, b.Phrase, StringComparison.Ordinal);

    private static bool Covers(LexiconHit outer, LexiconHit inner) =>
        outer.Start >= 0 && inner.Start >= 0
            ? outer.Start <= inner.Start && outer.Start + outer.Length >= inner.Start + inner.Length
            : outer.Phrase.Contains(inner.Phrase, StringComparison.Ordinal);
}
