namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Renders a statistics chart as PNG for a mention's answer (registered by the host over Infrastructure's ChartRenderer);
/// when none is registered, answers go out without a chart.
/// </summary>
public delegate byte[]? SlackChartSource(Bot.Core.Answers.ChartRequest request);
