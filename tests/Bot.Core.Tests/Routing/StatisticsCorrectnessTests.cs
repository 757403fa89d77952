using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Every figure in statistics.yaml comes back exactly, with its sources, whether asked by slash command or typed;
/// every gap year says there is no verified figure and gives none. Rows are generated from the loaded knowledge base,
/// so a new series or point is tested the day it is added.
/// </summary>
public sealed class StatisticsCorrectnessTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    public static TheoryData<string, int, string> EveryPoint()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var s in RepositoryKnowledge.Current.Statistics)
        {
            for (var i = 0; i < s.Points.Count; i++)
            {
                data.Add(s.Id, i, s.Points[i].Label);
            }
        }

        return data;
    }

    public static TheoryData<string, int, string> EveryPointTyped()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var s in RepositoryKnowledge.Current.Statistics)
        {
            for (var i = 0; i < s.Points.Count; i++)
            {
                if (TypedQuestion(s, s.Points[i]) is { } question)
                {
                    data.Add(s.Id, i, question);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int> EveryGap()
    {
        var data = new TheoryData<string, int>();
        foreach (var s in RepositoryKnowledge.Current.Statistics)
        {
            foreach (var g in s.Gaps)
            {
                data.Add(s.Id, g.Year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPoint))]
    public async Task RouteAsync_StatsCommandForEveryPoint_AnswersTheExactFigureWithItsSources(string seriesId, int index, string label)
    {
        var (series, point) = Point(seriesId, index);
        var year = point.Year.ToString(CultureInfo.InvariantCulture);
        // "/stats year:2019" means the whole year; a part-year reading of a year that also has a whole-year figure
        // ("2019 (August)") is asked for as the range of that one year, which lists every reading in it.
        var options = IsShadowed(series, point)
            ? new Dictionary<string, string> { ["metric"] = seriesId, ["from"] = year, ["to"] = year }
            : new Dictionary<string, string> { ["metric"] = seriesId, ["year"] = year };

        var answer = await fixture.AskAsync(new StructuredCommand("stats", options));

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, series.Unit.Format(point.Value));
        AnswerAssert.Contains(answer, label);
        AnswerAssert.Cites(answer, point.SourceIds);
    }

    [Theory]
    [MemberData(nameof(EveryPointTyped))]
    public async Task RouteAsync_TypedAliasAndYearForEveryPoint_AnswersTheExactFigureWithItsSources(string seriesId, int index, string question)
    {
        var (series, point) = Point(seriesId, index);

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, series.Unit.Format(point.Value));
        Assert.True(answer.Title.StartsWith(series.Name, StringComparison.Ordinal), $"expected an answer about {series.Name}, got {AnswerAssert.Describe(answer)}");
        AnswerAssert.Cites(answer, point.SourceIds);
    }

    [Theory]
    [MemberData(nameof(EveryGap))]
    public async Task RouteAsync_StatsCommandForGapYear_SaysNoVerifiedFigureAndInventsNone(string seriesId, int year)
    {
        var series = fixture.Knowledge.Series(seriesId)!;

        var answer = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string>
        {
            ["metric"] = seriesId,
            ["year"] = year.ToString(CultureInfo.InvariantCulture),
        }));

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, AnswerAssert.NoVerifiedFigure);
        AnswerAssert.NoInventedFigures(answer, series);
        Assert.DoesNotContain(answer.Facts, f => f.Label == year.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(EveryGap))]
    public async Task RouteAsync_TypedGapYear_SaysNoVerifiedFigureAndInventsNone(string seriesId, int year)
    {
        var series = fixture.Knowledge.Series(seriesId)!;

        var answer = await fixture.AskAsync($"{series.Aliases[0]} in {year}");

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, AnswerAssert.NoVerifiedFigure);
        AnswerAssert.NoInventedFigures(answer, series);
    }

    [Fact]
    public void EveryPointTable_CoversEverySeries()
    {
        var tested = EveryPoint().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(fixture.Knowledge.Statistics, s => Assert.Contains(s.Id, tested));
    }

    /// <summary>
    /// "&lt;first alias&gt; in &lt;year&gt;" for whole-year and unique readings; a part-year reading that shares its
    /// year with a whole-year figure is only askable when its period is a month ("in August 2019").
    /// </summary>
    private static string? TypedQuestion(StatSeries s, StatPoint p)
    {
        if (!IsShadowed(s, p))
        {
            return $"{s.Aliases[0]} in {p.Year}";
        }

        return DateTimeFormatInfo.InvariantInfo.MonthNames.Contains(p.Period, StringComparer.OrdinalIgnoreCase)
            ? $"{s.Aliases[0]} in {p.Period} {p.Year}"
            : null;
    }

    private static bool IsShadowed(StatSeries s, StatPoint p) =>
        p.Period is not null && s.Points.Any(o => o.Year == p.Year && o.Period is null);

    private (StatSeries Series, StatPoint Point) Point(string seriesId, int index)
    {
        var series = fixture.Knowledge.Series(seriesId)!;
        return (series, series.Points[index]);
    }
}
