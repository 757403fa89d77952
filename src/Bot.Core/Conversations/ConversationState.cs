namespace Bot.Core.Conversations;

/// <summary>What the last answer in a conversation was about, so "and the year after that?" can be resolved.</summary>
public sealed record ConversationState
{
    public IReadOnlyList<string> SeriesIds { get; init; } = [];
    public int? Year { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? FaqId { get; init; }
    public string? EventId { get; init; }
    public string? Intent { get; init; }

    /// <summary>The statistics operation last asked for ("value", "range", "peak", …).</summary>
    public string? Operation { get; init; }

    public bool IsEmpty => SeriesIds.Count == 0 && Year is null && FromYear is null && FaqId is null && EventId is null;
}
