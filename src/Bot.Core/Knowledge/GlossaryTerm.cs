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
    PartialDate? InOfficeTo = null,
    string? Office = null)
{
    /// <summary>True when the person held <see cref="Office"/> on <paramref name="day"/> (an open end counts as still in office).</summary>
    public bool InOfficeOn(DateOnly day) =>
        Office is not null && InOfficeFrom is { } from && from.Start <= day && (InOfficeTo is not { } to || to.End >= day);

    /// <summary>Every name this term answers to, in all three languages.</summary>
    public IEnumerable<string> AllNames =>
        English.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append(English).Append(Korean).Append(Japanese).Concat(Aliases);
}
