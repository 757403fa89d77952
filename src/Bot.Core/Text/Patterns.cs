using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>
/// Regexes built at run time from names in the knowledge base ("\bSeoul\b", a person's family name), kept once built.
/// <see cref="Regex.IsMatch(string, string)"/> caches only the last 15 patterns, and a claim check alone tries more than
/// that, so each call parsed its patterns again (a quarter of a claim's routing time). Bounded: a pattern may embed a
/// word of the question, so the memo starts again when full instead of growing with the questions asked.
/// </summary>
public static class Patterns
{
    private const int Capacity = 4_096;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Built = new();

    public static bool IsMatch(string text, string pattern, RegexOptions options = RegexOptions.None) =>
        Get(pattern, options).IsMatch(text);

    public static Match Match(string text, string pattern, RegexOptions options = RegexOptions.None) =>
        Get(pattern, options).Match(text);

    private static Regex Get(string pattern, RegexOptions options)
    {
        if (Built.TryGetValue((pattern, options), out var regex))
        {
            return regex;
        }

        regex = new Regex(pattern, options | RegexOptions.CultureInvariant);
        if (Built.Count >= Capacity)
        {
            Built.Clear();
        }

        Built.TryAdd((pattern, options), regex);
        return regex;
    }
}
