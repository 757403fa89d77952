namespace Bot.Core.Knowledge;

/// <summary>One FAQ topic: a neutral summary and sections (positions, background).</summary>
public sealed record FaqEntry(
    string Id,
    string Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Aliases,
    bool Contested,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> RelatedEvents,
    string Summary,
    IReadOnlyList<FaqSection> Sections)
{
    /// <summary>The sections that state a government's position ("Seoul's position", "Tokyo's position").</summary>
    public IReadOnlyList<FaqSection> Positions { get; } =
        [.. Sections.Where(s => s.Heading.StartsWith("Seoul", StringComparison.OrdinalIgnoreCase)
                             || s.Heading.StartsWith("Tokyo", StringComparison.OrdinalIgnoreCase))];
}

public sealed record FaqSection(string Heading, string Body);
