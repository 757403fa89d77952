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

    /// <summary>The person or term the last answer was about ("who followed him?", "when did she take office?").</summary>
    public string? GlossaryId { get; init; }

    /// <summary>The office last asked about ("and who was president then?").</summary>
    public string? Office { get; init; }

    /// <summary>The last two distinct years the thread asked about, oldest first ("how far did it fall between those two years?").</summary>
    public IReadOnlyList<int> RecentYears { get; init; } = [];

    /// <summary>The kind of answer last given ("date", "number", …), so "and 2019?" asks the same kind again.</summary>
    public string? AnswerType { get; init; }

    /// <summary>The language the thread is answered in: a follow-up keeps it unless its own words choose another.</summary>
    public Knowledge.Lang? Lang { get; init; }

    public bool IsEmpty => SeriesIds.Count == 0 && Year is null && FromYear is null && FaqId is null && EventId is null
        && GlossaryId is null && Office is null;
}
