using System.Globalization;
using System.Text;
using Bot.Core.Reporting;

namespace Bot.Host.Admin;

/// <summary>
/// Questions per UTC day, stacked by outcome, as SVG drawn on the server (no script, no chart library): colours come from the
/// stylesheet by class (inline style attributes would break the Content-Security-Policy), a &lt;title&gt; per bar names its counts.
/// </summary>
public static class AdminChart
{
    /// <summary>The outcomes in stacking order (bottom first); any other outcome is stacked above them as "other".</summary>
    public static readonly string[] Outcomes = ["answer", "clarify", "decline"];

    private const double Width = 720, Height = 240, Left = 40, Right = 8, Top = 10, Bottom = 28;

    public static string Svg(CuratorReport report)
    {
        var first = DateOnly.FromDateTime(report.From.UtcDateTime);
        var last = DateOnly.FromDateTime(report.To.UtcDateTime);
        var byDate = report.PerDay.ToDictionary(d => d.Date);
        var days = new List<DayCount>();
        for (var date = first; date <= last && days.Count < 3700; date = date.AddDays(1))
        {
            days.Add(byDate.TryGetValue(date, out var day) ? day : new DayCount(date, 0, new Dictionary<string, int>()));
        }

        var max = Math.Max(1, days.Count == 0 ? 0 : days.Max(d => d.Questions));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / Math.Max(1, days.Count);
        var barWidth = Math.Max(1, slot * 0.8);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-title\">Questions per day by outcome</title>");

        // Horizontal grid: 0, half and the maximum.
        foreach (var value in new[] { 0, (max + 1) / 2, max }.Distinct())
        {
            var y = Top + plotHeight - plotHeight * value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value}</text>");
        }

        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = Left + i * slot + (slot - barWidth) / 2;
            var y = Top + plotHeight;
            var parts = Outcomes.Select(o => (Outcome: o, Count: day.ByOutcome.GetValueOrDefault(o))).ToList();
            var other = day.Questions - parts.Sum(p => p.Count);
            if (other > 0)
            {
                parts.Add(("other", other));
            }

            var label = string.Join(", ", parts.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Outcome}"));
            svg.Append("<g><title>").Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(": ")
                .Append(day.Questions.ToString(CultureInfo.InvariantCulture)).Append(day.Questions == 1 ? " question" : " questions")
                .Append(label.Length > 0 ? " (" + AdminHtml.E(label) + ")" : "").Append("</title>");
            foreach (var (outcome, count) in parts.Where(p => p.Count > 0))
            {
                var h = plotHeight * count / max;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"o-{AdminHtml.E(outcome)}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{barWidth:0.##}\" height=\"{h:0.##}\"/>");
            }

            svg.Append("</g>");
        }

        // Dates under the first, middle and last bars.
        foreach (var i in new[] { 0, days.Count / 2, days.Count - 1 }.Where(i => i >= 0).Distinct())
        {
            var x = Left + i * slot + slot / 2;
            var anchor = i == 0 && days.Count > 1 ? "start" : i == days.Count - 1 && days.Count > 1 ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"axis\" x=\"{(anchor == "start" ? x - slot / 2 : anchor == "end" ? x + slot / 2 : x):0.#}\" y=\"{Height - 8}\" text-anchor=\"{anchor}\">{days[i].Date.ToString("MMM d", CultureInfo.InvariantCulture)}</text>");
        }

        svg.Append("</svg>");
        var legend = new StringBuilder("<ul class=\"legend\">");
        foreach (var outcome in Outcomes)
        {
            legend.Append("<li><span class=\"swatch o-").Append(outcome).Append("\"></span>").Append(outcome).Append("</li>");
        }

        return svg.Append(legend.Append("</ul>")).ToString();
    }
}
