using Bot.Core.Abstractions;

namespace Bot.Core.Telemetry;

/// <summary>
/// Counts every answered question and its latency, then hands the entry on to the real log. The router records every
/// answer into its <see cref="IQueryLog"/>, so wrapping that one log (once, where the router is built) meters every
/// platform without touching the adapters.
/// </summary>
public sealed class MeteredQueryLog(IQueryLog inner, QuestionMetrics metrics) : IQueryLog
{
    public void Record(QueryLogEntry entry)
    {
        metrics.Answered(entry.Platform, entry.Intent, entry.Outcome, TimeSpan.FromMilliseconds(entry.LatencyMs));
        inner.Record(entry);
    }
}
