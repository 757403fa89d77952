using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>The fixed vocabularies of knowledge/README.md, in one place so messages can list them.</summary>
internal static partial class KnowledgeRules
{
    public const int MaxTitleLength = 120;

    public static readonly string[] Categories = ["trade", "investment", "visitors", "residents", "opinion", "other"];
    public static readonly string[] SeriesKinds = ["flow", "level"];
    public static readonly string[] GlossaryKinds = ["person", "place", "term", "organisation"];

    // Exact spellings only: Enum.TryParse would also take "v2" or "1".
    private static readonly Dictionary<string, Flag> Flags = new(StringComparer.Ordinal)
    {
        ["V"] = Flag.V,
        ["V2"] = Flag.V2,
        ["W"] = Flag.W,
        ["C"] = Flag.C,
        ["D"] = Flag.D,
    };

    public static IReadOnlyCollection<string> FlagNames => Flags.Keys;

    public static bool TryParseFlag(string text, out Flag flag) => Flags.TryGetValue(text, out flag);

    // \z rather than $: $ would accept a trailing newline from a quoted scalar.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public const string IdRule = "ids use lowercase a-z, 0-9 and '-', starting with a letter or digit";

    /// <summary>The closest allowed word within two edits, to turn "soruces" into "did you mean 'sources'?".</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c)))
            .Where(x => x.Distance <= 2 && x.Distance < x.Candidate.Length)
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    public static string List(IEnumerable<string> words) => string.Join(", ", words);

    // Optimal string alignment distance, so that a swap of two letters counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
