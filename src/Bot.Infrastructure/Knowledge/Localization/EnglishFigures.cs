using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads the figures of an English knowledge text: numbers with their magnitude ("$68.3 bn" = 68,300,000,000), years,
/// months and days of dates ("22 June 1965", "2023-07-07"), and number words a translation may write as digits.
/// </summary>
internal static partial class EnglishFigures
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly Dictionary<string, int> Months = new(
        MonthNames.Select((name, i) => KeyValuePair.Create(name, i + 1))
            .Concat(new[] { "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec" }
                .Select(a => KeyValuePair.Create(a, Array.FindIndex(MonthNames, m => m.StartsWith(a[..3], StringComparison.Ordinal)) + 1))),
        StringComparer.Ordinal);

    public static FigureSet Read(string english)
    {
        var text = new FigureText(english);
        IsoDates(text);
        Names(text);
        Dates(text);
        Words(text);
        Numbers(text);
        return text.ToSet();
    }

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?(?![0-9])")]
    private static partial Regex IsoDate();

    // "(UPI 2023-07-07)": the year, the month and the day, as a translation writes 2023년 7월 7일.
    private static void IsoDates(FigureText text)
    {
        foreach (Match m in IsoDate().Matches(text.Current))
        {
            var month = int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
            var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (month is < 1 or > 12 || day > 31)
            {
                continue; // "2019-20" is a range, not a date
            }

            var snippet = text.Snippet(m);
            text.Required.Add(new FoundFigure(Figure.Number(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture)), snippet));
            text.Required.Add(new FoundFigure(Figure.Month(month), snippet));
            if (day > 0)
            {
                text.Required.Add(new FoundFigure(Figure.Number(day), snippet));
                text.Required.Add(new FoundFigure(Figure.DayOfMonth(month, day), snippet));
            }

            text.Mask(m.Index, m.Length);
        }
    }

    [GeneratedRegex(@"\b(?<head>World War|Article|Chapter)\s+(?<numeral>X|IX|IV|V?I{0,3})\b")]
    private static partial Regex RomanOrdinal();

    private static void Names(FigureText text)
    {
        foreach (var (phrase, figures) in FigureVocabulary.EnglishNames)
        {
            for (var at = text.Current.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.Current.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                text.Optional.AddRange(figures.Select(f => new FoundFigure(f, phrase)));
                text.Mask(at, phrase.Length);
            }
        }

        foreach (Match m in RomanOrdinal().Matches(text.Current))
        {
            if (FigureVocabulary.Roman.TryGetValue(m.Groups["numeral"].Value, out var value))
            {
                text.Optional.Add(new FoundFigure(Figure.Number(value), text.Snippet(m)));
            }
        }
    }

    private const string MonthAlternatives = "January|February|March|April|May|June|July|August|September|October|November|December";

    // "22 June", "16–17 March"
    [GeneratedRegex(@"(?<![0-9.])(?<day>[0-9]{1,2})(?:\s*[–\-]\s*(?<day2>[0-9]{1,2}))?\s+(?<month>" + MonthAlternatives + @")\b")]
    private static partial Regex DayMonth();

    // "June 22, 1965" (not "June 2025", "March 3,000")
    [GeneratedRegex(@"\b(?<month>" + MonthAlternatives + @")\s+(?<day>[0-9]{1,2})(?![0-9]|[.,][0-9]|\s*(?:%|bn\b|billion|million))")]
    private static partial Regex MonthDay();

    // Month names and the abbreviations of periods ("Jan–Sep"); not "Jun'ichirō".
    [GeneratedRegex(@"\b(?<month>" + MonthAlternatives + @"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!['’])")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"[0-9]\s*$")]
    private static partial Regex EndsWithDigit();

    [GeneratedRegex(@"^\s*[0-9]")]
    private static partial Regex StartsWithDigit();

    private static void Dates(FigureText text)
    {
        var current = text.Current;
        foreach (Match m in DayMonth().Matches(current))
        {
            foreach (var day in new[] { m.Groups["day"], m.Groups["day2"] }.Where(g => g.Success))
            {
                AddDay(text, Months[m.Groups["month"].Value], day.Value, text.Snippet(m));
            }
        }

        foreach (Match m in MonthDay().Matches(current))
        {
            AddDay(text, Months[m.Groups["month"].Value], m.Groups["day"].Value, text.Snippet(m));
        }

        foreach (Match m in MonthWord().Matches(current))
        {
            // "May" is a month only next to a day or a year ("8 May", "May 2022"), not in "Seoul may…".
            if (m.Value == "May" && !EndsWithDigit().IsMatch(current[..m.Index]) && !StartsWithDigit().IsMatch(current[(m.Index + m.Length)..]))
            {
                continue;
            }

            text.Required.Add(new FoundFigure(Figure.Month(Months[m.Value]), m.Value));
        }
    }

    private static void AddDay(FigureText text, int month, string day, string snippet)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (d is >= 1 and <= 31)
        {
            text.Required.Add(new FoundFigure(Figure.DayOfMonth(month, d), snippet));
        }
    }

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();

    [GeneratedRegex(FigureVocabulary.EnglishOne, RegexOptions.IgnoreCase)]
    private static partial Regex OneOf();

    private static void Words(FigureText text)
    {
        foreach (Match m in Word().Matches(text.Current))
        {
            if (FigureVocabulary.NumberWords.TryGetValue(m.Value, out var value))
            {
                text.Optional.Add(new FoundFigure(Figure.Number(value), m.Value));
            }
        }

        foreach (Match m in OneOf().Matches(text.Current))
        {
            text.Optional.Add(new FoundFigure(Figure.Number(1), m.Value));
        }
    }

    // A number not glued to a name (G7, COVID-19 keep their digits as a name), with an ordinal or decade ending
    // ("21st", "1990s") and a magnitude word ("68.3 bn", "1.3 million").
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?<number>" + FigureText.NumberPattern + @")(?:(?:st|nd|rd|th|s)\b)?(?:\s*(?<magnitude>billion|bn|million|mn|trillion|tn|thousand)\b)?")]
    private static partial Regex NumberWithMagnitude();

    [GeneratedRegex(@"^\s*(?:[–\-~]|to|and|or)\s*(?:US)?[$¥₩]?\s*$")]
    private static partial Regex RangeJoin();

    private static void Numbers(FigureText text)
    {
        var current = text.Current;
        var found = NumberWithMagnitude().Matches(current).Select(m => (Match: m,
            Value: text.ValueAt(m.Groups["number"].Index, m.Groups["number"].Value),
            Magnitude: m.Groups["magnitude"].Success ? FigureVocabulary.EnglishMagnitudes[m.Groups["magnitude"].Value] : (decimal?)null)).ToList();

        // "25.1–30.6 billion", "1.1 to 1.3 million": the first number has the magnitude of the second (a year never does).
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (m, value, magnitude) = found[i];
            var next = found[i + 1];
            if (magnitude is null && next.Magnitude is { } carried && !FigureText.IsYear(value)
                && RangeJoin().IsMatch(current[(m.Index + m.Length)..next.Match.Index]))
            {
                found[i] = (m, value, carried);
            }
        }

        foreach (var (m, value, magnitude) in found)
        {
            if (FigureText.Times(value, magnitude ?? 1) is { } figure)
            {
                text.Required.Add(new FoundFigure(Figure.Number(figure), text.Snippet(m), Bare: magnitude is null));
            }
        }
    }
}
