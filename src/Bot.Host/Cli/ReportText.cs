using System.Globalization;
using System.Text;
using Bot.Core.Reporting;

namespace Bot.Host.Cli;

/// <summary>The curator report as a person reads it in a terminal: one section per question a curator asks.</summary>
public static class ReportText
{
    private const int QuestionWidth = 100;

    public static string Format(CuratorReport report, int days, bool questionTextLogged)
    {
        var text = new StringBuilder();
        var period = $"{Time(report.From)} → {Time(report.To)} UTC";
        text.AppendLine(CultureInfo.InvariantCulture, $"Curator report, last {days} day{(days == 1 ? "" : "s")} ({period})");
        if (report.Questions == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"No questions in the last {days} day{(days == 1 ? "" : "s")}.");
        }
        else
        {
            Questions(text, report);
            Top(text, report, questionTextLogged);
            Gaps(text, report, questionTextLogged);
        }

        Feedback(text, report.Feedback);
        return text.ToString().TrimEnd();
    }

    /// <summary>User text on one terminal line: control characters (newlines, escapes) as spaces, cut to <paramref name="width"/>.</summary>
    public static string OneLine(string text, int width = QuestionWidth)
    {
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars).Trim();
        return line.Length <= width ? line : line[..(width - 1)] + "…";
    }

    private static void Questions(StringBuilder text, CuratorReport report)
    {
        var p95 = report.P95AnswerMs is { } ms ? $"; 95% answered within {ms.ToString("0.##", CultureInfo.InvariantCulture)} ms" : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"Questions: {report.Questions} ({Counts(report.ByOutcome)}){p95}");
        text.AppendLine(CultureInfo.InvariantCulture, $"By platform: {Counts(report.ByPlatform)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"By intent: {Counts(report.ByIntent)}");
        text.AppendLine();
        var outcomes = report.ByOutcome.OrderByDescending(o => o.Value).Select(o => o.Key).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Day",-12}{"total",7}{string.Concat(outcomes.Select(o => $"{o,10}"))}");
        foreach (var day in report.PerDay)
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Date:yyyy-MM-dd}  {day.Questions,7}");
            foreach (var outcome in outcomes)
            {
                text.Append(CultureInfo.InvariantCulture, $"{(day.ByOutcome.TryGetValue(outcome, out var n) ? n : 0),10}");
            }

            text.AppendLine();
        }
    }

    private static void Top(StringBuilder text, CuratorReport report, bool questionTextLogged)
    {
        text.AppendLine();
        text.AppendLine("Top questions");
        if (!questionTextLogged)
        {
            text.AppendLine("  (question text is not logged: Storage:LogQuestionText=false; see the counts by intent above)");
            return;
        }

        foreach (var top in report.Top)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {top.Count,5}  {OneLine(top.Question)}  [{top.Intent}]");
        }
    }

    private static void Gaps(StringBuilder text, CuratorReport report, bool questionTextLogged)
    {
        text.AppendLine();
        text.AppendLine("Gaps: declined, clarified, unsure (confidence < 0.6) or 👎-voted; similar questions grouped by meaning (up to 2,000 distinct texts, at most 250 of them asked once)");
        if (report.Gaps.Count == 0)
        {
            text.AppendLine("  none");
            return;
        }

        foreach (var gap in report.Gaps)
        {
            var what = gap.Example is { } example ? $"\"{OneLine(example)}\"" : questionTextLogged ? "(text removed by retention)" : "(text not logged)";
            var topic = gap.Topic is null ? "" : $" topic {gap.Topic}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {gap.Count,5}× {what}");
            text.AppendLine(CultureInfo.InvariantCulture, $"         {gap.Outcome}, {gap.Intent}{topic}, last {Time(gap.LastAsked)}");
            if (gap.Closest.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"         closest: {string.Join(", ", gap.Closest)}");
            }

            if (gap.RecheckedAt is not null)
            {
                text.AppendLine(gap.AnsweredBy is { } by ? $"         answered now by {by}" : "         still not answered");
            }
        }
    }

    private static void Feedback(StringBuilder text, FeedbackSummary feedback)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Feedback: 👍 {feedback.Up}  👎 {feedback.Down}");
        if (feedback.Reasons.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  reasons: {Counts(feedback.Reasons)}");
        }

        foreach (var comment in feedback.Comments)
        {
            var said = comment.Text is { } t ? $" \"{OneLine(t)}\"" : "";
            var on = comment.Question is { } q ? $" on \"{OneLine(q, 60)}\"" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Time(comment.Time)}  {comment.Reason}{said}{on}");
        }
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
