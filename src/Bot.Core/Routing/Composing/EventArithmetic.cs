using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// "What share of the 465 seats did the LDP take?", "what was Lee's winning margin in percentage points?": the figures are
/// in the event the question picked ("316 of 465 seats", "49.42% … 41.15%"), and the answer does the one sum, says it is
/// its own arithmetic, and keeps the event below it. Nothing is computed when the event doesn't hold exactly the figures.
/// </summary>
public static partial class EventArithmetic
{
    public static Answer? Compose(QuestionPart part, Answer answer, Lang lang)
    {
        if (answer.Outcome != Outcome.Answer || answer.Context?.EventId is null || part.Type == AnswerType.Claim)
        {
            return null;
        }

        var t = AnswerTemplates.For(lang);
        var line = ShareAsked().IsMatch(part.Wording.Folded) && Share(answer.Body) is var (a, b) && a > 0 && b > a
            ? t.ShareArithmetic(Format(a), Format(b), (a * 100m / b).ToString("0.0", CultureInfo.InvariantCulture))
            : MarginAsked().IsMatch(part.Wording.Folded) && Percentages(answer.Body) is [var p1, var p2, ..]
                ? t.MarginArithmetic(Plain(p1), Plain(p2), Plain(Math.Abs(p1 - p2)))
                : null;
        return line is null ? null : answer with { Body = line + "\n\n" + answer.Body };
    }

    private static (decimal A, decimal B)? Share(string text)
    {
        if (OfPattern().Match(text) is not { Success: true } m)
        {
            return null;
        }

        return (Parse(m.Groups["a"].Value), Parse(m.Groups["b"].Value));
    }

    private static List<decimal> Percentages(string text) =>
        [.. PercentPattern().Matches(text).Select(m => Parse(m.Groups["p"].Value))];

    private static decimal Parse(string digits) =>
        decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Format(decimal n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Plain(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(what|which) (share|proportion|percentage|percent|fraction) of\b|\bwhat % of\b|몇 퍼센트|비율은|割合|何パーセント|何%")]
    private static partial Regex ShareAsked();

    [GeneratedRegex(@"\bmargin\b|\bpercentage points?\b|\bhow many points\b|격차|%p|포인트 차|ポイント差|何ポイント")]
    private static partial Regex MarginAsked();

    /// <summary>"316 of 465", "465석 가운데 316석", "465議席中316議席".</summary>
    [GeneratedRegex(@"(?<a>\d[\d,]*)\s+(of|out of)\s+(the\s+)?(?<b>\d[\d,]*)|(?<b>\d[\d,]*)\D{0,3}\s*(가운데|중)\s*(?<a>\d[\d,]*)|(?<b>\d[\d,]*)\D{0,3}中(?<a>\d[\d,]*)", RegexOptions.ExplicitCapture)]
    private static partial Regex OfPattern();

    [GeneratedRegex(@"(?<p>\d{1,3}(\.\d+)?)\s*%", RegexOptions.ExplicitCapture)]
    private static partial Regex PercentPattern();
}
