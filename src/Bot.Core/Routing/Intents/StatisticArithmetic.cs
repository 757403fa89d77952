using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// The arithmetic a statistics question asks for — a difference, a ratio, a sum, which of two is larger — worked out
/// from the figures held and always labelled as mine, so a computed number is never passed off as a source's.
/// </summary>
public sealed partial class StatisticIntent
{
    /// <summary>
    /// "How many Koreans visited Japan for every Japanese visitor to Korea?": a ratio or difference whose second term is
    /// the same count the other way round brings in that mirror series, so both figures are there to divide.
    /// </summary>
    private static List<StatSeries> WithMirror(List<StatSeries> series, QuestionPart part, RouteContext context)
    {
        if (series.Count != 1 || part.Asking.Computation is not (Computation.Ratio or Computation.Difference)
            || context.Index.Series.Mirror(series[0].Id) is not { } mirrorId || context.Knowledge.Series(mirrorId) is not { } mirror)
        {
            return series;
        }

        var split = SecondTerm().Match(part.Wording.Folded);
        var own = SeriesMatcher.Direction(TextNormalizer.Fold(series[0].Name));
        return split.Success && own != 0 && SeriesMatcher.Direction(part.Wording.Folded[split.Index..]) == -own ? [series[0], mirror] : series;
    }

    /// <summary>
    /// "Total trade": the series a sum adds. A balance (a series with negative figures) is already a difference of the
    /// others, so adding it to them would count them twice; it is left out when two or more remain.
    /// </summary>
    private static List<StatSeries> Summands(List<StatSeries> series, QuestionPart part)
    {
        if (!part.Asking.Combined || series.Count <= 2)
        {
            return series;
        }

        var parts = series.Where(s => !s.IsBalance).ToList();
        return parts.Count >= 2 ? parts : series;
    }

    [GeneratedRegex(@"\b(than|for every|per)\b|보다|당|より|あたり|に対して")]
    private static partial Regex SecondTerm();

    /// <summary>
    /// One series and two or more years asked ("how many times bigger in 2024 than in 2016?", "how many more in 2025
    /// than in 2019?", "bigger in 2022 or in 2018?"): the change between them, with the ratio or the larger one when asked.
    /// Null when the question asks no such arithmetic.
    /// </summary>
    private Answer? AcrossYears(StatSeries s, QuestionPart part, KnowledgeBase kb, Lang lang)
    {
        var years = part.Period.Years;
        var op = part.Asking.Computation;
        if (years.Count != 2 || op == Computation.None || part.Period.From is not null || part.Period.To is not null)
        {
            return null;
        }

        var change = Change(s, years.Min(), years.Max(), kb, lang);
        if (s.ForYear(years[0]) is not { } first || s.ForYear(years[1]) is not { } second || op == Computation.Difference)
        {
            return change;
        }

        var t = AnswerTemplates.For(lang);
        var line = op == Computation.Ratio
            ? TimesLine(first.LabelIn(lang), first.Value, second.LabelIn(lang), second.Value, t)
            : t.LargerIn(Math.Abs(first.Value) >= Math.Abs(second.Value) ? first.LabelIn(lang) : second.LabelIn(lang));
        return line is null ? change : change with { Body = change.Body + "\n\n" + line };
    }

    /// <summary>
    /// The arithmetic on two series (or their sum) for the years a comparison shows: their sum when asked ("total
    /// trade", "exports + imports"), the ratio or difference of the two in one year, which year's sum is larger.
    /// </summary>
    private static string? Arithmetic(List<StatSeries> series, IReadOnlyList<int> years, QuestionPart part, Lang lang)
    {
        if (series.Count != 2 || series[0].Unit != series[1].Unit || years.Count == 0)
        {
            return null;
        }

        var t = AnswerTemplates.For(lang);
        var unit = series[0].Unit;
        var pairs = years.Select(y => (Year: y, A: series[0].ForYear(y), B: series[1].ForYear(y))).ToList();
        // A figure missing for a year is named, never filled in.
        var missing = pairs.Where(p => p.A is null || p.B is null).ToList();
        if (missing.Count > 0)
        {
            var (y, a, _) = missing[0];
            return t.NoVerifiedFigure((a is null ? series[0] : series[1]).Text(lang).Name, y.ToString(CultureInfo.InvariantCulture));
        }

        var op = part.Asking.Computation;
        if (pairs.Count == 1 && op is Computation.Ratio or Computation.Difference)
        {
            var (_, pa, pb) = pairs[0];
            return op == Computation.Ratio
                ? TimesLine(Named(series[0], pa!, lang), pa!.Value, Named(series[1], pb!, lang), pb!.Value, t)
                : t.ChangeLabel + unit.FormatDelta(Math.Abs(pa!.Value) - Math.Abs(pb!.Value), lang) + t.MyArithmetic;
        }

        var body = new StringBuilder();
        if (part.Asking.Combined)
        {
            var sums = pairs.Select(p => (p.Year, Label: p.A!.LabelIn(lang), Sum: p.A.Value + p.B!.Value)).ToList();
            foreach (var sum in sums)
            {
                body.Append(t.Together(unit.Format(sum.Sum, lang), sum.Label)).Append(t.MyArithmetic).Append('\n');
            }

            if (sums.Count == 2 && op == Computation.Ratio && TimesLine(sums[0].Label, sums[0].Sum, sums[1].Label, sums[1].Sum, t) is { } times)
            {
                body.Append(times).Append('\n');
            }
            else if (sums.Count == 2 && op is Computation.Larger or Computation.Difference)
            {
                body.Append(t.LargerIn(sums[0].Sum >= sums[1].Sum ? sums[0].Label : sums[1].Label)).Append(' ')
                    .Append(t.ChangeLabel).Append(unit.FormatDelta(sums.Max(x => x.Sum) - sums.Min(x => x.Sum), lang)).Append(t.MyArithmetic);
            }

            return body.ToString().TrimEnd();
        }

        return null;
    }

    private static string Named(StatSeries s, StatPoint p, Lang lang) => AnswerTemplates.For(lang).FigureIn(s.Text(lang).Name, p.LabelIn(lang));

    /// <summary>
    /// "About 4.9 times": the larger figure over the smaller, by size (a deficit of 36 bn is 1.9 times one of 19 bn), or
    /// null when either is zero or they have opposite signs.
    /// </summary>
    private static string? TimesLine(string aLabel, double a, string bLabel, double b, AnswerTemplates t)
    {
        if (a == 0 || b == 0 || Math.Sign(a) != Math.Sign(b))
        {
            return null;
        }

        var (big, small, bigLabel, smallLabel) = Math.Abs(a) >= Math.Abs(b) ? (a, b, aLabel, bLabel) : (b, a, bLabel, aLabel);
        return t.TimesAs(bigLabel, smallLabel, (big / small).ToString("0.0#", CultureInfo.InvariantCulture)) + t.MyArithmetic;
    }
}
