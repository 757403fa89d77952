using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

/// <summary>Any percentile of the measurements (BenchmarkDotNet ships fixed P0…P100 columns but no P99).</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"Percentile {percentile}";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return style.TimeUnit is { } unit
            ? $"{(nanoseconds / unit.BaseUnits).ToString("N2", System.Globalization.CultureInfo.InvariantCulture)}{(style.PrintUnitsInContent ? " " + unit.Abbreviation : "")}"
            : $"{(nanoseconds / 1000).ToString("N2", System.Globalization.CultureInfo.InvariantCulture)} μs";
    }

    public override string ToString() => ColumnName;
}
