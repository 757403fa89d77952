using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Neutrality;

/// <summary>A piece of text in the bot's own voice, where it sits, and whether a curator justified it there.</summary>
internal sealed record VoiceLine(int Line, string Text, bool Justified);

/// <summary>
/// Finds the text the bot speaks in a knowledge file, line by line: the free-text fields of the YAML files
/// (titles, summaries, significance, descriptions, definitions, notes) and the FAQ title and body. Names, aliases,
/// stored questions and source titles are not the bot's voice and are left out. A justification is a comment
/// <c># neutrality: why</c> (YAML) or <c>&lt;!-- neutrality: why --&gt;</c> (Markdown) on the same line or the line above.
/// </summary>
internal static partial class VoiceLines
{
    private static readonly HashSet<string> VoiceKeys =
        ["title", "summary", "significance", "date_note", "name", "definition", "notes", "note", "description"];

    [GeneratedRegex(@"^(?<indent>\s*)(-\s+)?(?<key>[a-z_]+):\s?(?<value>.*)$")]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"#\s*neutrality\s*:|<!--\s*neutrality\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Justification();

    public static bool IsJustified(IReadOnlyList<string> lines, int index) =>
        Justification().IsMatch(lines[index]) || (index > 0 && Justification().IsMatch(lines[index - 1]) && IsCommentOnly(lines[index - 1]));

    private static bool IsCommentOnly(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith('#') || t.StartsWith("<!--", StringComparison.Ordinal);
    }

    /// <summary>The voice text of a YAML knowledge file (one-line fields, the convention of knowledge/README.md).</summary>
    public static IEnumerable<VoiceLine> OfYaml(IReadOnlyList<string> lines, Func<string, bool>? keyFilter = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = YamlKey().Match(lines[i]);
            if (!m.Success || !VoiceKeys.Contains(m.Groups["key"].Value) || (keyFilter is not null && !keyFilter(m.Groups["key"].Value)))
            {
                continue;
            }

            yield return new VoiceLine(i + 1, Scalar(m.Groups["value"].Value), IsJustified(lines, i));
        }
    }

    /// <summary>The voice text of an FAQ file: its title and every body line (headings included).</summary>
    public static IEnumerable<VoiceLine> OfFaq(IReadOnlyList<string> lines)
    {
        var close = lines.Count > 0 && lines[0].TrimEnd() == "---" ? IndexOf(lines, 1, "---") : -1;
        for (var i = 1; i < close; i++)
        {
            if (YamlKey().Match(lines[i]) is { Success: true } m && m.Groups["key"].Value == "title")
            {
                yield return new VoiceLine(i + 1, Scalar(m.Groups["value"].Value), IsJustified(lines, i));
            }
        }

        for (var i = close + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0 && !IsCommentOnly(lines[i]))
            {
                yield return new VoiceLine(i + 1, lines[i].TrimStart('#', ' '), IsJustified(lines, i));
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> lines, int from, string marker)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == marker)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A YAML scalar's text: quotes and a trailing comment taken off (enough for one-line fields).</summary>
    public static string Scalar(string value)
    {
        var v = value.Trim();
        if (v.StartsWith('"'))
        {
            var end = v.Length - 1;
            while (end > 0 && !(v[end] == '"' && v[end - 1] != '\\'))
            {
                end--;
            }

            return (end > 0 ? v[1..end] : v[1..]).Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        if (v.StartsWith('\''))
        {
            var end = v.LastIndexOf('\'');
            return (end > 0 ? v[1..end] : v[1..]).Replace("''", "'", StringComparison.Ordinal);
        }

        var comment = v.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? v[..comment] : v;
    }
}
