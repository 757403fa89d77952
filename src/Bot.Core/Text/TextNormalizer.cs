using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>Cleans user text before anything reads it: control characters out, width and case folded, length bounded.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// The longest question the bot reads, in characters (Unicode scalar values, control and format characters not counted).
    /// The router declines a longer one naming this limit (<see cref="QuestionLength"/>), and Discord's <c>/ask question</c>
    /// option carries it as <c>max_length</c>; the one place it is set.
    /// </summary>
    public const int MaxQuestionLength = 1000;

    /// <summary>
    /// Strips control and format characters, applies NFKC (full-width → ASCII), collapses white space, bounds length.
    /// C0/C1 controls (NUL, ESC, …; tab and newline too) read as a space; format characters — bidi embeddings and overrides
    /// U+202A–202E, isolates U+2066–2069, zero-width space/joiners, BOM, soft hyphen — are dropped, so "gso\u200Bmia" is "gsomia".
    /// </summary>
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
            if (category is UnicodeCategory.Format)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(ch) || category is UnicodeCategory.Control
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

    /// <summary>
    /// How long a question is as its asker sees it: Unicode scalar values, not counting control characters (except tab and
    /// newline), format characters (bidi controls, zero-width characters) or lone surrogates; leading and trailing white space
    /// not counted. Never more than Discord's own count, so nothing Discord's <c>max_length</c> let through is declined.
    /// </summary>
    public static int VisibleLength(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return 0;
        }

        var count = 0;
        var pendingSpace = 0;
        var rest = raw.AsSpan();
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            rest = rest[consumed..];
            if (status != System.Buffers.OperationStatus.Done)
            {
                continue; // a lone surrogate
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format || (category is UnicodeCategory.Control && rune.Value is not ('\t' or '\n')))
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace += count == 0 ? 0 : 1;
                continue;
            }

            count += pendingSpace + 1;
            pendingSpace = 0;
        }

        return count;
    }

    /// <summary>
    /// Removes what must never reach a reply, whatever text it came from: C0/C1 control characters other than tab, line feed and
    /// carriage return (NUL, ESC, …), and the bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) that make
    /// echoed text read backwards. Zero-width joiners stay (emoji sequences need them); <see cref="Clean"/> drops them from questions.
    /// </summary>
    public static string StripUnsafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(UnsafeChars))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!UnsafeChars.Contains(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> UnsafeChars = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         .. Enumerable.Range(0x202A, 5).Select(c => (char)c),
         .. Enumerable.Range(0x2066, 4).Select(c => (char)c)]);

    /// <summary>Lower case with typographic quotes and dashes made plain, for matching.</summary>
    public static string Fold(string cleaned)
    {
        // Most texts folded are English answers and questions: plain ASCII needs no culture tables (the ICU call behind
        // ToLowerInvariant was a tenth of routing's time) and gives the same result.
        if (System.Text.Ascii.IsValid(cleaned))
        {
            return string.Create(cleaned.Length, cleaned, static (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var ch = text[i];
                    span[i] = ch == '`' ? '\'' : char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
                }
            });
        }

        // Korean and Japanese questions and answers: Hangul, kana, ideographs and their punctuation have no case, so lower-casing
        // the ASCII among them char by char gives what the ICU call gives, without it.
        if (IsCaseless(cleaned))
        {
            return string.Create(cleaned.Length, cleaned, static (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var ch = text[i];
                    span[i] = Plain(char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch);
                }
            });
        }

        var sb = new StringBuilder(cleaned.Length);
        foreach (var ch in cleaned.ToLowerInvariant())
        {
            sb.Append(Plain(ch));
        }

        return sb.ToString();
    }

    /// <summary>A lower-case character with typographic quotes and dashes made plain (and the long vowels of romanised names).</summary>
    private static char Plain(char ch) => ch switch
    {
        '\u2018' or '\u2019' or '`' or '\u00b4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        'ō' => 'o',
        'ū' => 'u',
        'ā' => 'a',
        _ => ch,
    };

    /// <summary>
    /// True when every character is ASCII, Korean/Japanese script (<see cref="IsCjk"/>), general punctuation (U+2000–206F)
    /// or CJK punctuation (U+3000–303F): none of these but ASCII letters has a lower case.
    /// </summary>
    private static bool IsCaseless(string text)
    {
        foreach (var ch in text)
        {
            if (!(char.IsAscii(ch) || IsCjk(ch) || ch is (>= '\u2000' and <= '\u206f') or (>= '\u3000' and <= '\u303f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for Hangul, kana and CJK ideographs: those are matched by substring, not by words.</summary>
    public static bool IsCjk(char ch) =>
        ch is (>= '\u1100' and <= '\u11ff') or (>= '\u3040' and <= '\u30ff') or (>= '\u3130' and <= '\u318f')
            or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af')
            or (>= '\uf900' and <= '\ufaff');

    public static bool ContainsCjk(string text) => text.Any(IsCjk);
}
