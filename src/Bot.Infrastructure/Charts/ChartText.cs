using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Bot.Infrastructure.Charts;

/// <summary>
/// Keeps chart text to what its typeface can draw (<see cref="ChartFonts.FamilyFor"/> picks the CJK face for Korean and
/// Japanese text). What neither face holds is left out rather than drawn as empty boxes; in English text, publishers'
/// original-script names are parenthesised extras, so they go.
/// </summary>
internal static partial class ChartText
{
    public static string Printable(string text, SKTypeface typeface)
    {
        if (Drawable(text, typeface))
        {
            return text;
        }

        // "Immigration Services Agency of Japan (出入国在留管理庁)" → "Immigration Services Agency of Japan".
        var withoutAsides = Parenthesised().Replace(text, m => Drawable(m.Value, typeface) ? m.Value : "");
        var kept = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(withoutAsides);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (Drawable(element, typeface))
            {
                kept.Append(element);
            }
        }

        return Spaces().Replace(kept.ToString(), " ").Replace(" ;", ";", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Trim();
    }

    public static bool Drawable(string text, SKTypeface typeface)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !typeface.ContainsGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
