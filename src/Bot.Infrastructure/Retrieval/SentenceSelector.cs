namespace Bot.Infrastructure.Retrieval;

/// <summary>Trims a passage to the sentences that answer the question, kept in their original order.</summary>
internal static class SentenceSelector
{
    // A period after these is not a sentence end ("U.S. pressure", "No. 1", "Jan. 2019").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "pres", "p.m", "a.m", "inc", "co", "corp", "ltd",
    };

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            // Japanese ends a sentence with 。！？ and no space after it.
            if (text[i] is '。' or '！' or '？' || text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && IsSentenceEnd(text, start, i))
            {
                sentences.Add(text[start..(i + 1)].Trim());
                start = i + 1;
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            sentences.Add(rest);
        }

        return sentences;
    }

    /// <summary>
    /// Up to <paramref name="max"/> sentences sharing the most question terms. With no overlap at all (a Korean question,
    /// a paraphrase) the passage's opening sentences are kept: passages are written to lead with their point.
    /// </summary>
    public static string Select(string text, IReadOnlySet<string> questionTerms, int max)
    {
        var sentences = Split(text);
        if (sentences.Count <= max)
        {
            return Join(sentences);
        }

        var scored = sentences
            .Select((s, i) => (Index: i, Score: TextAnalysis.EnglishTerms(s).Concat(TextAnalysis.CjkTerms(s)).Distinct().Count(questionTerms.Contains)))
            .ToList();
        var chosen = scored.Any(s => s.Score > 0)
            ? scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(max).Select(s => s.Index).Order()
            : Enumerable.Range(0, max);
        return Join(chosen.Select(i => sentences[i]));
    }

    // Japanese sentences run on without a space between them.
    private static string Join(IEnumerable<string> sentences)
    {
        var text = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0 && text[^1] is not ('。' or '！' or '？'))
            {
                text.Append(' ');
            }

            text.Append(sentence);
        }

        return text.ToString();
    }

    private static bool IsSentenceEnd(string text, int sentenceStart, int at)
    {
        if (text[at] != '.')
        {
            return true;
        }

        var wordStart = at;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..at];
        var next = text[(at + 1)..].TrimStart();

        // A single capital ("J. Smith") or a known abbreviation is not an end; a following lower-case word never starts a sentence.
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word)
            && !(next.Length > 0 && char.IsLower(next[0]));
    }
}
