using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Adds the other names of glossary terms a question mentions (독도 → "Dokdo / Takeshima 독도 竹島"), so a Korean
/// or Japanese name finds English passages and one country's name finds passages written with the other's.
/// </summary>
internal sealed class QueryExpander
{
    private readonly List<(string Name, bool Cjk, string Expansion)> _names = [];

    public QueryExpander(IEnumerable<GlossaryTerm> glossary)
    {
        foreach (var term in glossary)
        {
            var expansion = $"{term.English} {term.Korean} {term.Japanese}";
            foreach (var name in term.AllNames.Select(n => TextNormalizer.Fold(n.Trim())).Distinct(StringComparer.Ordinal))
            {
                var cjk = TextNormalizer.ContainsCjk(name);

                // One Latin letter or two ("un") would match inside ordinary words; CJK names are meaningful from two characters.
                if (name.Length >= (cjk ? 2 : 3))
                {
                    _names.Add((name, cjk, expansion));
                }
            }
        }
    }

    /// <summary>The expansions for every glossary name found in the folded question, joined; empty when none.</summary>
    public string Expand(string foldedQuestion)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, cjk, expansion) in _names)
        {
            if (!found.Contains(expansion) && (cjk ? foldedQuestion.Contains(name, StringComparison.Ordinal) : ContainsWord(foldedQuestion, name)))
            {
                found.Add(expansion);
            }
        }

        return string.Join(' ', found);
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
