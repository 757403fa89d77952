using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>Cleans user text before anything reads it: control characters out, width and case folded, length bounded.</summary>
public static class TextNormalizer
{
    /// <summary>Questions are cut here: nothing in the knowledge base needs more, and it bounds the work per question.</summary>
    public const int MaxQuestionLength = 1000;

    /// <summary>Strips control and format characters, applies NFKC (full-width → ASCII), collapses white space, bounds length.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = raw.Length > MaxQuestionLength * 4 ? raw[..(MaxQuestionLength * 4)] : raw;
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var ch in text)
        {
            var category = char.GetUnicodeCategory(ch);
            var isSpace = char.IsWhiteSpace(ch) || category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(ch);
            lastWasSpace = false;
        }

        var cleaned = sb.ToString().Trim();
        try
        {
            cleaned = cleaned.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates were already dropped; anything NFKC still refuses stays as typed.
        }

        return cleaned.Length > MaxQuestionLength ? cleaned[..MaxQuestionLength] : cleaned;
    }

    /// <summary>Lower case with typographic quotes and dashes made plain, for matching.</summary>
    public static string Fold(string cleaned)
    {
        var sb = new StringBuilder(cleaned.Length);
        foreach (var ch in cleaned.ToLowerInvariant())
        {
            sb.Append(ch switch
            {
                '\u2018' or '\u2019' or '`' or '\u00b4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                'ō' => 'o',
                'ū' => 'u',
                'ā' => 'a',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    /// <summary>True for Hangul, kana and CJK ideographs: those are matched by substring, not by words.</summary>
    public static bool IsCjk(char ch) =>
        ch is (>= '\u1100' and <= '\u11ff') or (>= '\u3040' and <= '\u30ff') or (>= '\u3130' and <= '\u318f')
            or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af')
            or (>= '\uf900' and <= '\ufaff');

    public static bool ContainsCjk(string text) => text.Any(IsCjk);
}
