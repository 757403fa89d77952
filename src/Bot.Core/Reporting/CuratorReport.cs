namespace Bot.Core.Reporting;

/// <summary>
/// What the curator sees: the `report` CLI prints it, `report --json` and `/admin/api/report` serialise it (camelCase),
/// and the admin pages render it. Never holds a user id; question text is null when the operator switched logging off.
/// </summary>
public sealed record CuratorReport(
    DateTimeOffset From,
    DateTimeOffset To,
    int Questions,
    IReadOnlyDictionary<string, int> ByOutcome,
    IReadOnlyDictionary<string, int> ByPlatform,
    IReadOnlyDictionary<string, int> ByIntent,
    IReadOnlyList<DayCount> PerDay,
    double? P95AnswerMs,
    IReadOnlyList<TopQuestion> Top,
    IReadOnlyList<Gap> Gaps,
    FeedbackSummary Feedback);

/// <summary>Questions of one UTC day, by outcome ("answer", "decline", "clarify").</summary>
public sealed record DayCount(DateOnly Date, int Questions, IReadOnlyDictionary<string, int> ByOutcome);

public sealed record TopQuestion(string Question, int Count, string Intent);

/// <summary>
/// A cluster of questions the bot did not answer well: declined, clarified, low confidence, or voted 👎.
/// <see cref="Example"/> is null when question text is not logged; then <see cref="Intent"/> and <see cref="Topic"/> say what it was about.
/// <see cref="AnsweredBy"/> is set by a re-check when the current knowledge now answers the example (the entry id that does).
/// </summary>
public sealed record Gap(
    string Id,
    string? Example,
    int Count,
    DateTimeOffset LastAsked,
    string Outcome,
    string Intent,
    string? Topic,
    IReadOnlyList<string> Closest,
    string? AnsweredBy = null,
    DateTimeOffset? RecheckedAt = null);

public sealed record FeedbackSummary(int Up, int Down, IReadOnlyDictionary<string, int> Reasons, IReadOnlyList<FeedbackComment> Comments);

/// <summary>A 👎 with its reason; <see cref="Text"/> is the free text of "other" (≤ 300 characters), already trimmed.</summary>
public sealed record FeedbackComment(DateTimeOffset Time, string Reason, string? Text, string? Question);

/// <summary>Builds the report from the store, and re-checks gaps against the knowledge served now.</summary>
public interface ICuratorReports
{
    /// <summary>The last <paramref name="days"/> days (1–3650) up to now. Throws <see cref="ArgumentOutOfRangeException"/> otherwise.</summary>
    CuratorReport Build(int days);

    /// <summary>Runs every gap's example through the router again; returns the gaps with <see cref="Gap.AnsweredBy"/> set where now answered.</summary>
    IReadOnlyList<Gap> Recheck(int days);
}
