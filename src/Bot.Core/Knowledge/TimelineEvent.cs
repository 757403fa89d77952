namespace Bot.Core.Knowledge;

/// <summary>A dated event in Japan–Korea relations.</summary>
public sealed record TimelineEvent(
    string Id,
    PartialDate Date,
    PartialDate? EndDate,
    string? DateNote,
    string Title,
    string Summary,
    string Significance,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> RelatedFaq,
    IReadOnlyList<string> SourceIds,
    Flag Flag);
