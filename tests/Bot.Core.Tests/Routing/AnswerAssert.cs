using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Assertions on what a user reads. Failures print the answer the router gave (outcome, intent, title, start of
/// the body), so a failing phrasing can be reported without re-running it by hand.
/// </summary>
internal static partial class AnswerAssert
{
    /// <summary>Separates alternatives in an expected-content cell: any one of them must appear.</summary>
    public const string Or = " | ";

    /// <summary>How an answer says a figure is missing, in the words a user reads.</summary>
    public const string NoVerifiedFigure = "no verified figure" + Or + "don't have a verified figure" + Or + "do not have a verified figure";

    public static void Is(Answer answer, Outcome outcome, string intent, string? contains = null)
    {
        if (answer.Outcome != outcome || answer.Intent != intent)
        {
            Assert.Fail($"expected {outcome}/{intent}, got {Describe(answer)}");
        }

        if (contains is not null)
        {
            Contains(answer, contains);
        }
    }

    /// <summary>The title or body contains the text (or one of the " | "-separated alternatives), ignoring case.</summary>
    public static void Contains(Answer answer, string expected)
    {
        var options = expected.Split(Or);
        if (!options.Any(o => Text(answer).Contains(o, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Fail($"expected the answer to contain \"{expected}\", got {Describe(answer)}");
        }
    }

    public static void DoesNotContain(Answer answer, string unexpected)
    {
        if (Text(answer).Contains(unexpected, StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"expected the answer not to contain \"{unexpected}\", got {Describe(answer)}");
        }
    }

    public static void Cites(Answer answer, IEnumerable<string> sourceIds)
    {
        var cited = answer.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = sourceIds.Where(id => !cited.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"expected sources {string.Join(", ", missing)} among [{string.Join(", ", cited)}], got {Describe(answer)}");
        }
    }

    /// <summary>
    /// Every figure written in the series' unit is one the knowledge base holds for that series (a point, an
    /// alternative value, or a figure quoted in the curated gap note) — nothing invented or interpolated.
    /// </summary>
    public static void NoInventedFigures(Answer answer, StatSeries series)
    {
        var held = series.Points.Select(p => p.Value).Concat(series.Points.SelectMany(p => p.Alternatives.Select(a => a.Value)))
            .Select(v => series.Unit.Format(v))
            // "9,459,600 people (9.46 million)": the figure as the regex below reads it is its first part.
            .SelectMany(f => new[] { f, Figure().Match(f).Value })
            .ToHashSet(StringComparer.Ordinal);
        var curated = string.Join(' ', series.Gaps.Select(g => g.Note));
        foreach (Match m in Figure().Matches(answer.Body))
        {
            if (!held.Contains(m.Value) && !curated.Contains(m.Value, StringComparison.Ordinal))
            {
                Assert.Fail($"\"{m.Value}\" is not a figure held for {series.Id}; got {Describe(answer)}");
            }
        }
    }

    public static string Describe(Answer answer)
    {
        var body = answer.Body.ReplaceLineEndings(" ⏎ ");
        return $"{answer.Outcome}/{answer.Intent} \"{answer.Title}\": {(body.Length > 300 ? body[..300] + "…" : body)}";
    }

    private static string Text(Answer answer) => answer.Title + "\n" + answer.Body;

    /// <summary>A figure with a unit as <see cref="StatUnitFormat.Format"/> writes it: "$68.3 bn", "−$19.16 bn", "9,459,600 people", "37.4%".</summary>
    [GeneratedRegex(@"[−-]?[$¥₩]?\d[\d,]*(\.\d+)?( bn| M| tn| people|%)")]
    private static partial Regex Figure();
}
