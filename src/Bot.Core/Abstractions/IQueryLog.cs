namespace Bot.Core.Abstractions;

/// <summary>Records every question answered, for operators and quality review.</summary>
public interface IQueryLog
{
    void Record(QueryLogEntry entry);
}

/// <summary>One answered question. <see cref="Question"/> is null when the operator switched question logging off.</summary>
public sealed record QueryLogEntry(
    DateTimeOffset Time,
    string Platform,
    string? Question,
    string Intent,
    string Outcome,
    double LatencyMs,
    string? ConversationKey = null,
    string? AnswerId = null);
