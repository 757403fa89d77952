using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// A curator's justification for a figure that differs between a translation and its English on purpose, e.g. the
/// established Korean name of a document that holds a number: <c># figures: 3 — ‘3자 협의에 대한 공약’ is Seoul's name
/// of the Commitment to Consult</c> (YAML: on the field's line or the line above) or <c>&lt;!-- figures: 60 — … --&gt;</c>
/// (FAQ: anywhere in the section). It names the figures it allows, so every other figure of the text is still checked.
/// </summary>
internal static partial class FiguresComment
{
    [GeneratedRegex(@"(?:#|<!--)\s*figures\s*:\s*(?<rest>.*?)\s*(?:-->)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<values>[0-9][0-9.,]*(?:(?:,\s*|\s+)[0-9][0-9.,]*)*)\s*(?:—|–|-|:)\s*(?<why>\S.*)$")]
    private static partial Regex ValuesAndReason();

    [GeneratedRegex(@",\s+|\s+|,(?![0-9]{3})")]
    private static partial Regex Separator();

    /// <summary>The figures allowed by the comments among <paramref name="lines"/> (file line, text); malformed comments are reported.</summary>
    public static IReadOnlySet<decimal> Read(IEnumerable<(int Line, string Text)> lines, ProblemLog log)
    {
        var allowed = new HashSet<decimal>();
        foreach (var (line, text) in lines)
        {
            if (Comment().Match(text) is not { Success: true } comment)
            {
                continue;
            }

            if (ValuesAndReason().Match(comment.Groups["rest"].Value) is not { Success: true } parts)
            {
                log.At(line, "a 'figures:' comment names the figures it allows and says why: '# figures: 60 — the 60th anniversary the English calls \"the anniversary\"'");
                continue;
            }

            foreach (var value in Separator().Split(parts.Groups["values"].Value).Where(v => v.Length > 0))
            {
                if (decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var figure))
                {
                    allowed.Add(figure);
                }
            }
        }

        return allowed;
    }

    /// <summary>The comment lines that apply to a one-line YAML field on file line <paramref name="line"/>: that line and a comment line above.</summary>
    public static IEnumerable<(int Line, string Text)> AroundYamlField(IReadOnlyList<string> lines, int line)
    {
        if (line >= 1 && line <= lines.Count)
        {
            yield return (line, lines[line - 1]);
        }

        if (line >= 2 && line - 1 <= lines.Count && lines[line - 2].TrimStart().StartsWith('#'))
        {
            yield return (line - 1, lines[line - 2]);
        }
    }
}
