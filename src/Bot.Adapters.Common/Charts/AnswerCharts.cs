using Bot.Core.Answers;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Common.Charts;

/// <summary>The chart that goes with an answer, or null: no chart asked for, not an answer, no renderer, or rendering failed (logged: the answer goes out without it).</summary>
public sealed class AnswerCharts(IChartRenderer renderer, ILogger<AnswerCharts> logger)
{
    public bool IsEnabled => renderer.IsEnabled;

    /// <param name="what">What the chart is for, in the log ("interaction 123", "Slack event Ev1").</param>
    public byte[]? For(Answer answer, ChartBackground background, string what)
    {
        if (answer.Chart is not { } request || answer.Outcome != Outcome.Answer)
        {
            return null;
        }

        try
        {
            return renderer.Render(request, background, answer.Lang) is { Length: > 0 } png ? png : null;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Chart for {What} ({Series}) failed; answering without it", what, request.SeriesId);
            return null;
        }
    }
}
