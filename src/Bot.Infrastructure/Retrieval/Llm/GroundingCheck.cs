using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Retrieval.Llm;

/// <summary>
/// Decides whether a model's reply may be shown: it must cite, cite only passages it was given, state no number the
/// passages do not contain, and on a contested topic cite both positions. Anything else falls back to extractive.
/// </summary>
internal static partial class GroundingCheck
{
    internal const int MaxReplyLength = 2000;

    /// <summary>Null when the reply is acceptable, otherwise why not (for the log).</summary>
    public static string? Problem(string? reply, IReadOnlyList<string> passageTexts, IReadOnlyCollection<int> requiredCitations)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return "empty reply";
        }

        if (reply.Length > MaxReplyLength)
        {
            return "reply too long";
        }

        if (reply.Contains(Prompts.NoAnswer, StringComparison.Ordinal))
        {
            return "the model found no answer in the passages";
        }

        if (reply.Contains("@everyone", StringComparison.OrdinalIgnoreCase) || reply.Contains("@here", StringComparison.OrdinalIgnoreCase))
        {
            return "reply contains a mass mention";
        }

        var cited = Citation().Matches(reply).Select(m => int.TryParse(m.Groups[1].ValueSpan, out var n) ? n : -1).ToHashSet();
        if (cited.Count == 0)
        {
            return "reply cites no passage";
        }

        foreach (var n in cited.Where(n => n < 1 || n > passageTexts.Count))
        {
            return $"reply cites passage [{n}], which does not exist";
        }

        foreach (var n in requiredCitations.Where(n => !cited.Contains(n)))
        {
            return $"reply omits position passage [{n}] on a contested topic";
        }

        var known = passageTexts.SelectMany(Numbers).ToHashSet(StringComparer.Ordinal);
        var invented = Numbers(Citation().Replace(reply, " ")).FirstOrDefault(n => !known.Contains(n));
        return invented is null ? null : $"reply states {invented}, which is in no passage";
    }

    /// <summary>
    /// Rewrites passage citations as source citations: each run like "[1][2]" becomes the sources those passages cite,
    /// once each ("[1][3][4]"), or nothing for passages without sources.
    /// </summary>
    public static string Recite(string reply, Func<int, IReadOnlyList<int>> sourcesOf) =>
        CitationRun().Replace(reply, run =>
        {
            var sources = Citation().Matches(run.Value)
                .SelectMany(m => sourcesOf(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)))
                .Distinct();
            return string.Concat(sources.Select(n => $"[{n}]"));
        }).Trim();

    /// <summary>Every number written in a text, thousands separators removed ("9,459,600" → "9459600", "68.3" stays).</summary>
    internal static IEnumerable<string> Numbers(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'));

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\[\d{1,3}\](?:\s*\[\d{1,3}\])*")]
    private static partial Regex CitationRun();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();
}
