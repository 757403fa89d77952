using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads the figures of a Korean or Japanese knowledge text: numbers with their units (683억 = 683億 = 68,300,000,000;
/// 945만 9600 = 945万9600 = 9,459,600), years, months and days of dates (1965년 6월 22일, 1965年6月22日, 3·1). Numbers
/// written in hanja or kanji (二つ, 第二次) are words, as English number words are.
/// </summary>
internal static partial class CjkFigures
{
    public static FigureSet Read(string translation, Lang lang)
    {
        var text = new FigureText(translation);
        Idioms(text);
        Dates(text, lang == Lang.Ko ? ('월', '일') : ('月', '日'));
        Numbers(text);
        return text.ToSet();
    }

    [GeneratedRegex(FigureVocabulary.CjkIdioms)]
    private static partial Regex Idiom();

    // 제2조 is Article 2, not 2조 (two trillion).
    [GeneratedRegex(@"제\s*[0-9]+\s*(?<article>조)")]
    private static partial Regex KoreanArticle();

    // 3·1운동, 6·25 전쟁: month·day.
    [GeneratedRegex(@"(?<![0-9.])(?<month>[0-9]{1,2})·(?<day>[0-9]{1,2})(?![0-9.])")]
    private static partial Regex DottedDate();

    private static void Idioms(FigureText text)
    {
        foreach (Match m in Idiom().Matches(text.Current))
        {
            text.Mask(m.Index, m.Length);
        }

        foreach (Match m in KoreanArticle().Matches(text.Current))
        {
            text.Mask(m.Groups["article"]);
        }

        foreach (Match m in DottedDate().Matches(text.Current))
        {
            var month = int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                text.Required.Add(new FoundFigure(Figure.Month(month), m.Value));
                text.Required.Add(new FoundFigure(Figure.Number(day), m.Value));
                text.Required.Add(new FoundFigure(Figure.DayOfMonth(month, day), m.Value));
                text.Mask(m.Index, m.Length);
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9.])(?<month>[0-9]{1,2})\s*(?<m>[월月])\s*(?<day>[0-9]{1,2})(?:\s*[~～〜–\-]\s*(?<day2>[0-9]{1,2}))?\s*(?<d>[일日])")]
    private static partial Regex MonthDay();

    // 6월, 1~9월, 6・7月
    [GeneratedRegex(@"(?<![0-9.])(?<month>[0-9]{1,2})(?:\s*[~～〜–\-・、,·]\s*(?<month2>[0-9]{1,2}))?\s*(?<m>[월月])")]
    private static partial Regex Month();

    private static void Dates(FigureText text, (char Month, char Day) marks)
    {
        foreach (Match m in MonthDay().Matches(text.Current))
        {
            if (m.Groups["m"].Value[0] != marks.Month || m.Groups["d"].Value[0] != marks.Day)
            {
                continue;
            }

            var month = int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
            foreach (var day in new[] { m.Groups["day"], m.Groups["day2"] }.Where(g => g.Success))
            {
                text.Required.Add(new FoundFigure(Figure.DayOfMonth(month, int.Parse(day.ValueSpan, CultureInfo.InvariantCulture)), m.Value));
            }
        }

        foreach (Match m in Month().Matches(text.Current))
        {
            if (m.Groups["m"].Value[0] != marks.Month)
            {
                continue;
            }

            foreach (var month in new[] { m.Groups["month"], m.Groups["month2"] }.Where(g => g.Success))
            {
                text.Required.Add(new FoundFigure(Figure.Month(int.Parse(month.ValueSpan, CultureInfo.InvariantCulture)), m.Value));
            }

            // The month is read; its digits are not also a number (the day before 일/日 still is).
            text.Mask(m.Index, m.Length);
        }
    }

    // A chain of units (683억, 945만 9600, 250億9000万, 1조 2000억) or a plain number; not glued to a Latin name (G7).
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?:(?<chain>(?:(?:" + FigureText.NumberPattern + @")\s*[만억조万億兆]\s*)+)(?<rest>[0-9]{1,4}(?![0-9.,%년월일年月日]))?|(?<plain>" + FigureText.NumberPattern + "))")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<number>" + FigureText.NumberPattern + @")\s*(?<unit>[만억조万億兆])")]
    private static partial Regex UnitGroup();

    [GeneratedRegex(@"^\s*[~～〜–\-]\s*$")]
    private static partial Regex RangeJoin();

    private static void Numbers(FigureText text)
    {
        var current = text.Current;
        var found = new List<(int Start, int End, decimal? Value, decimal? Unit, string Snippet)>();
        foreach (Match m in Number().Matches(current))
        {
            if (m.Groups["plain"].Success)
            {
                var plain = m.Groups["plain"];
                found.Add((m.Index, m.Index + m.Length, text.ValueAt(plain.Index, plain.Value), null, text.Snippet(m)));
                continue;
            }

            decimal? total = 0;
            decimal last = 1;
            foreach (Match g in UnitGroup().Matches(m.Groups["chain"].Value))
            {
                last = FigureVocabulary.CjkMagnitudes[g.Groups["unit"].Value[0]];
                total = FigureText.Plus(total, FigureText.Times(FigureText.Parse(g.Groups["number"].Value), last));
            }

            var rest = m.Groups["rest"];
            var restValue = rest.Success ? FigureText.Parse(rest.Value) : null;
            var joined = restValue < last;
            if (joined)
            {
                total = FigureText.Plus(total, restValue); // 945만 9600
            }
            else if (rest.Success)
            {
                found.Add((rest.Index, rest.Index + rest.Length, text.ValueAt(rest.Index, rest.Value), null, rest.Value));
            }

            var end = joined ? m.Index + m.Length : m.Groups["chain"].Index + m.Groups["chain"].Length;
            found.Add((m.Index, end, total, last, current[m.Index..end].Trim()));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        // "25~30억": the first number has the unit of the second (a year never does).
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (start, end, value, unit, snippet) = found[i];
            if (unit is null && found[i + 1].Unit is { } carried && !FigureText.IsYear(value)
                && RangeJoin().IsMatch(current[end..found[i + 1].Start]))
            {
                found[i] = (start, end, FigureText.Times(value, carried), carried, snippet);
            }
        }

        text.Required.AddRange(found.Where(f => f.Value is not null)
            .Select(f => new FoundFigure(Figure.Number(f.Value!.Value), f.Snippet, Bare: f.Unit is null)));
    }
}
