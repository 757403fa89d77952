using Bot.Core.Conversations;

namespace Bot.Infrastructure.Storage;

/// <summary>How a <see cref="ConversationState"/> is stored, keyed by conversation; kept apart so Core stays free of LiteDB.</summary>
internal sealed class ConversationDocument
{
    public string Key { get; set; } = "";

    /// <summary>UTC time of the last update, which the time-to-live counts from.</summary>
    public DateTime UpdatedAt { get; set; }

    public List<string> SeriesIds { get; set; } = [];
    public int? Year { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? FaqId { get; set; }
    public string? EventId { get; set; }
    public string? Intent { get; set; }
    public string? Operation { get; set; }
    public string? GlossaryId { get; set; }
    public string? Office { get; set; }
    public string? AnswerType { get; set; }
    public List<int> RecentYears { get; set; } = [];

    /// <summary>The thread's answer language ("ko", "ja", "en"), or null.</summary>
    public string? Lang { get; set; }

    public DateTimeOffset UpdatedAtUtc => new(UpdatedAt.ToUniversalTime(), TimeSpan.Zero);

    public static ConversationDocument From(string key, ConversationState state, DateTimeOffset now) => new()
    {
        Key = StorageKeys.Bound(key),
        UpdatedAt = now.UtcDateTime,
        SeriesIds = [.. state.SeriesIds],
        Year = state.Year,
        FromYear = state.FromYear,
        ToYear = state.ToYear,
        FaqId = state.FaqId,
        EventId = state.EventId,
        Intent = state.Intent,
        Operation = state.Operation,
        GlossaryId = state.GlossaryId,
        Office = state.Office,
        AnswerType = state.AnswerType,
        RecentYears = [.. state.RecentYears],
        Lang = state.Lang is { } lang ? Bot.Core.Knowledge.Langs.Code(lang) : null,
    };

    /// <summary>One document per conversation from a batch of updates: several updates of one conversation keep only the last.</summary>
    public static IEnumerable<ConversationDocument> Latest(IEnumerable<(string Key, ConversationState State, DateTimeOffset At)> updates) =>
        updates.GroupBy(u => u.Key, StringComparer.Ordinal).Select(g => g.Last()).Select(u => From(u.Key, u.State, u.At));

    public ConversationState ToState() => new()
    {
        SeriesIds = [.. SeriesIds],
        Year = Year,
        FromYear = FromYear,
        ToYear = ToYear,
        FaqId = FaqId,
        EventId = EventId,
        Intent = Intent,
        Operation = Operation,
        GlossaryId = GlossaryId,
        Office = Office,
        AnswerType = AnswerType,
        RecentYears = [.. RecentYears],
        Lang = Bot.Core.Knowledge.Langs.TryParse(Lang, out var lang) ? lang : null,
    };
}
