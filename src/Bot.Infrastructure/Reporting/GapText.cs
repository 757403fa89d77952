using System.Globalization;
using System.Text;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The key questions are counted under: NFKC, lower case, apostrophes dropped, punctuation and symbols as spaces, one space
/// between words, and the question's opening filler ("what is", "tell me about") left out, so "What is GSOMIA?", "gsomia"
/// and "what's gsomia" are one question before any embedding is asked.
/// </summary>
public static class GapText
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "what", "whats", "who", "whos", "is", "are", "was", "were", "the", "a", "an", "tell", "me", "about", "explain", "please",
        "can", "you", "could", "do", "does", "i", "want", "to", "know", "meaning", "of", "define", "definition",
    };

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var wordy = char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            builder.Append(wordy ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Only the opening filler goes: "who is the president" keeps "president", "korea is" keeps its own "is".
        var start = 0;
        while (start < words.Length - 1 && Filler.Contains(words[start]))
        {
            start++;
        }

        return string.Join(' ', words, start, words.Length - start);
    }
}
