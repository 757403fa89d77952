namespace Bot.Core.Knowledge;

/// <summary>A name or term in English, Korean and Japanese.</summary>
public sealed record GlossaryTerm(
    string Id,
    string Kind,
    string English,
    string Korean,
    string Japanese,
    IReadOnlyList<string> Aliases,
    string Description,
    string? Note,
    IReadOnlyList<string> RelatedFaq,
    PartialDate? InOfficeFrom = null,
    PartialDate? InOfficeTo = null)
{
    /// <summary>Every name this term answers to, in all three languages.</summary>
    public IEnumerable<string> AllNames =>
        English.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append(English).Append(Korean).Append(Japanese).Concat(Aliases);
}
