namespace Bot.Core.Abstractions;

/// <summary>Records every question answered, for operators and quality review.</summary>
public interface IQueryLog
{
    void Record(QueryLogEntry entry);
}

/// <summary>
/// One answered question. <see cref="Question"/> is null when the operator switched question logging off (or the retention
/// sweep removed it). <see cref="AnswerId"/> is the id the answer's feedback buttons carry; <see cref="Confidence"/> (0–1) and
/// <see cref="Topic"/> (the knowledge entry answered, <c>faq:gsomia</c>, <c>series:…</c>, <c>event:…</c>, <c>term:…</c>) are
/// null for entries logged before they were recorded.
/// </summary>
public sealed record QueryLogEntry(
    DateTimeOffset Time,
    string Platform,
    string? Question,
    string Intent,
    string Outcome,
    double LatencyMs,
    string? ConversationKey = null,
    string? AnswerId = null,
    double? Confidence = null,
    string? Topic = null);
