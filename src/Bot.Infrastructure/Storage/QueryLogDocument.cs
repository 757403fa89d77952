using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Storage;

/// <summary>How a <see cref="QueryLogEntry"/> is stored; kept apart so Core records never depend on LiteDB.</summary>
internal sealed class QueryLogDocument
{
    /// <summary>Auto-incremented, so it also gives the order entries were recorded in.</summary>
    public long Id { get; set; }

    /// <summary>UTC: BSON dates carry no offset.</summary>
    public DateTime Time { get; set; }

    public string Platform { get; set; } = "";
    public string? Question { get; set; }
    public string Intent { get; set; } = "";
    public string Outcome { get; set; } = "";
    public double LatencyMs { get; set; }
    public string? ConversationKey { get; set; }
    public string? AnswerId { get; set; }
    public double? Confidence { get; set; }
    public string? Topic { get; set; }

    public static QueryLogDocument From(QueryLogEntry entry, bool keepQuestion) => new()
    {
        Time = entry.Time.UtcDateTime,
        Platform = entry.Platform,
        Question = keepQuestion ? entry.Question : null,
        Intent = entry.Intent,
        Outcome = entry.Outcome,
        LatencyMs = entry.LatencyMs,
        ConversationKey = entry.ConversationKey,
        AnswerId = entry.AnswerId,
        Confidence = entry.Confidence,
        Topic = entry.Topic,
    };

    // LiteDB hands dates back in local time unless the file says otherwise; the log speaks UTC.
    public QueryLogEntry ToEntry() => new(
        new DateTimeOffset(Time.ToUniversalTime(), TimeSpan.Zero),
        Platform,
        Question,
        Intent,
        Outcome,
        LatencyMs,
        ConversationKey,
        AnswerId,
        Confidence,
        Topic);
}
