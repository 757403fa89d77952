using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Text in the right script. A Korean text is written in Hangul and a Japanese text in kana (and kanji); a title, name
/// or heading in Japanese may be all kanji ("靖国神社参拝"). The other language's script — kana or hanja in Korean,
/// Hangul in Japanese — appears only as a cited term:
/// <list type="bullet">
/// <item>in parentheses right after the term it glosses: ‘다케시마의 날’(竹島の日), 竹島（独島／독도）;</item>
/// <item>or as the very term the English text cites: "Japanese reading: イ・ジェミョン" → "일본어 읽기는 イ・ジェミョン이다".</item>
/// </list>
/// </summary>
internal static class ScriptCheck
{
    public static void Check(TranslatedField field)
    {
        var text = field.Text;
        if (field.Lang == Lang.Ko && !text.Any(Scripts.IsHangul))
        {
            field.Report("a Korean text must be written in Hangul; this has none (is it untranslated, or Japanese?)");
        }
        else if (field.Lang == Lang.Ja && !text.Any(Scripts.IsKana) && !(field.IsHeading && text.Any(Scripts.IsHan)))
        {
            field.Report(text.Any(Scripts.IsHangul)
                ? "a Japanese text must be written in Japanese; this is Korean"
                : "a Japanese text must be written in Japanese (kana); this has none (is it untranslated?)");
        }

        var cited = CitedSpans(text);
        foreach (var (start, length) in ForeignRuns(text, field.Lang))
        {
            var run = text.Substring(start, length);
            if (cited.Any(c => start >= c.Start && start + length <= c.End) || field.English.Contains(run, StringComparison.Ordinal))
            {
                continue;
            }

            field.Report(field.Lang == Lang.Ko
                ? $"'{run}' is {(run.Any(Scripts.IsKana) ? "Japanese kana" : "hanja")} in a Korean text; the other language's script is only for a cited term, in parentheses right after it (‘다케시마의 날’(竹島の日)) or as the English cites it"
                : $"'{run}' is Hangul in a Japanese text; Korean script is only for a cited term, in parentheses right after it (竹島（独島／독도）) or as the English cites it",
                run);
        }
    }

    /// <summary>Maximal stretches of the other language's script (with the ・ and ー that join them).</summary>
    private static IEnumerable<(int Start, int Length)> ForeignRuns(string text, Lang lang)
    {
        bool Foreign(char c) => lang == Lang.Ko ? Scripts.IsKana(c) || Scripts.IsHan(c) : Scripts.IsHangul(c);
        bool Joiner(char c) => c is '・' or 'ー' or '々' || (lang == Lang.Ja && c == ' ');

        for (var i = 0; i < text.Length; i++)
        {
            if (!Foreign(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (Foreign(text[end]) || (Joiner(text[end]) && end + 1 < text.Length && Foreign(text[end + 1]))))
            {
                end++;
            }

            yield return (i, end - i);
            i = end;
        }
    }

    /// <summary>The insides of parentheses — ( ) or （ ） — that open right after a term (no space before them).</summary>
    private static List<(int Start, int End)> CitedSpans(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('(' or '（') || char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var depth = 0;
            for (var j = i; j < text.Length; j++)
            {
                depth += text[j] is '(' or '（' ? 1 : text[j] is ')' or '）' ? -1 : 0;
                if (depth == 0)
                {
                    spans.Add((i + 1, j));
                    break;
                }
            }
        }

        return spans;
    }
}
