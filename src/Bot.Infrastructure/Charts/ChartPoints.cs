using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Charts;

/// <summary>Which figures a chart draws: one per year, so bars and line points never stack on one another.</summary>
internal static class ChartPoints
{
    /// <summary>
    /// Flows: whole years only (a Jan–Sep total next to full years would look like a collapse). Levels: the
    /// whole-year figure where there is one, else the latest dated reading of that year.
    /// </summary>
    public static IReadOnlyList<StatPoint> Select(StatSeries series, int? from, int? to)
    {
        var candidates = series.Kind == SeriesKind.Flow
            ? series.YearPoints
            : [.. series.Points.GroupBy(p => p.Year).Select(g => g.FirstOrDefault(p => p.Period is null) ?? g.Last())];
        return [.. candidates.Where(p => (from is null || p.Year >= from) && (to is null || p.Year <= to)).OrderBy(p => p.Year)];
    }
}
