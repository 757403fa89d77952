using System.Globalization;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>The one-line report of a valid knowledge base (for <c>knowledge validate</c> and the startup log).</summary>
public static class KnowledgeSummary
{
    /// <summary>"knowledge OK: 120 sources, 89 events (1876-02-26 → 2026-02-22), …; as of 22 February 2026".</summary>
    public static string Summarize(KnowledgeBase knowledge)
    {
        var timeline = knowledge.Timeline;
        var events = timeline.Count == 0
            ? Count(0, "event")
            : $"{Count(timeline.Count, "event")} ({timeline[0].Date} → {knowledge.AsOf})";
        var points = knowledge.Statistics.Sum(s => s.Points.Count);
        var asOf = timeline.Count == 0 ? "no as-of date (no events)" : $"as of {knowledge.AsOf.ToDisplay()}";
        return $"knowledge OK: {Count(knowledge.Sources.Count, "source")}, {events}, "
            + $"{Count(knowledge.Statistics.Count, "series", "series")} ({Count(points, "point")}), "
            + $"{Count(knowledge.Faqs.Count, "FAQ topic")}, {Count(knowledge.Glossary.Count, "glossary term")}; {asOf}";
    }

    private static string Count(int n, string one, string? many = null) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";
}
