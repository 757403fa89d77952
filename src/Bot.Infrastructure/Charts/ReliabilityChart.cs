using System.Globalization;
using ScottPlot;

namespace Bot.Infrastructure.Charts;

/// <summary>One confidence band of a reliability chart; <see cref="Accuracy"/> and <see cref="MeanConfidence"/> are null when it is empty.</summary>
public sealed record ReliabilityBar(string Label, int Count, double? Accuracy, double? MeanConfidence);

/// <summary>
/// A reliability chart for <c>eval --reliability-chart</c>: per confidence band, a bar for the accuracy measured and a
/// line for the confidence the bot claimed, so overconfidence shows as a bar below its point; a dashed line marks the
/// accuracy target. Same size, font and colours as the statistics charts, and the same input gives the same bytes.
/// </summary>
public static class ReliabilityChart
{
    public static byte[] Render(IReadOnlyList<ReliabilityBar> bars, double target, string note)
    {
        if (bars.Count == 0)
        {
            throw new ArgumentException("a reliability chart needs at least one band", nameof(bars));
        }

        var palette = ChartPalette.Light;
        using var plot = ChartRenderer.StyledPlot(palette, "Accuracy by confidence", "% correct");
        var positions = Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray();

        plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = 100 * (b.Accuracy ?? 0),
            FillColor = Color.FromHex(palette.Accent),
            LineWidth = 0,
            Size = 0.66,
            // The count says how much a band's accuracy can be trusted; an empty band says so instead of showing 0 %.
            Label = b.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{100 * b.Accuracy:0.#}% of {b.Count}"),
        }).ToList()).ValueLabelStyle.FontSize = 15;

        var claimed = bars.Select((b, i) => (i, b.MeanConfidence)).Where(p => p.MeanConfidence is not null).ToList();
        if (claimed.Count > 0)
        {
            var line = plot.Add.Scatter(claimed.Select(p => (double)p.i).ToArray(), claimed.Select(p => 100 * p.MeanConfidence!.Value).ToArray());
            line.Color = Color.FromHex(palette.Negative);
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.MarkerShape = MarkerShape.FilledDiamond;
            line.LegendText = "mean confidence claimed";
        }

        var goal = plot.Add.HorizontalLine(100 * target, 1.5f, Color.FromHex(palette.Muted), LinePattern.Dashed);
        goal.LegendText = string.Create(CultureInfo.InvariantCulture, $"target {100 * target:0.#}%");
        goal.LabelText = "";
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.FontSize = 14;

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. bars.Select(b => b.Label)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 20, 40, 60, 80, 100], ["0", "20", "40", "60", "80", "100"]);
        plot.Axes.SetLimits(-0.6, bars.Count - 0.4, 0, 112);
        return ChartRenderer.Png(plot, palette, note, "Bars: share of replies graded correct. Diamonds: the confidence the bot gave them, on average.");
    }
}
