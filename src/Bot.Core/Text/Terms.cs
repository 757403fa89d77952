namespace Bot.Core.Text;

/// <summary>
/// The significant words of a text, stemmed: what questions and knowledge entries are compared on.
/// One definition, so that a question and an entry are always cut the same way.
/// </summary>
public static class Terms
{
    /// <summary>Folded, tokenised, stop words removed, stemmed.</summary>
    public static IEnumerable<string> Of(string text) => Of(Tokenizer.Words(TextNormalizer.Fold(text)));

    /// <summary>The same for words already tokenised (e.g. a parsed question's corrected words).</summary>
    public static IEnumerable<string> Of(IEnumerable<string> words) => words.Where(w => !CommonWords.Stop.Contains(w)).Select(Stem);

    public static HashSet<string> SetOf(string text) => Of(text).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] DerivationalSuffixes = ["izations", "ization", "isation", "ations", "ation", "izing", "ising", "ized", "ised", "izes", "ises", "ize", "ise", "ments", "ment", "ating", "ated", "ates", "ate"];

    /// <summary>Everyday verbs mapped to the words the timeline uses.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["start"] = "begin", ["began"] = "begin", ["begun"] = "begin", ["launch"] = "begin", ["kick"] = "remov",
        ["oust"] = "remov", ["fir"] = "remov", ["quit"] = "resign", ["step"] = "resign", ["annex"] = "annex",
        ["drop"] = "remov", ["removal"] = "remov", ["expell"] = "remov",
    };

    /// <summary>A crude English stem ("signed" → "sign", "normalization" → "normal") so word forms meet.</summary>
    public static string Stem(string w)
    {
        var suffix = DerivationalSuffixes.FirstOrDefault(x => w.Length > x.Length + 3 && w.EndsWith(x, StringComparison.Ordinal));
        if (suffix is not null)
        {
            w = w[..^suffix.Length];
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // "live"/"living", "signe(d)"/"sign": a trailing e is dropped so both forms meet.
        w = w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
        return Synonyms.GetValueOrDefault(w, w);
    }
}
