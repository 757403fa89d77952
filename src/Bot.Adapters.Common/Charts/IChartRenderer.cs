using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Common.Charts;

/// <summary>Which background a chart is drawn for: Discord's dark theme or Slack's light one.</summary>
public enum ChartBackground
{
    Light,
    Dark,
}

/// <summary>
/// The chart port: renders a statistics chart as PNG for an answer. The host registers one over Infrastructure's chart renderer;
/// without it (<see cref="NoChartRenderer"/>) answers go out without a chart.
/// </summary>
public interface IChartRenderer
{
    /// <summary>False for the stand-in that renders nothing (a Discord answer is not deferred for a chart that will never come).</summary>
    bool IsEnabled { get; }

    /// <param name="lang">The answer's language: the chart's title and notes are written in it.</param>
    byte[]? Render(ChartRequest request, ChartBackground background, Lang lang = Lang.En);
}

/// <summary>No charts: what the adapters use when the host registers no renderer.</summary>
public sealed class NoChartRenderer : IChartRenderer
{
    public bool IsEnabled => false;

    public byte[]? Render(ChartRequest request, ChartBackground background, Lang lang = Lang.En) => null;
}
