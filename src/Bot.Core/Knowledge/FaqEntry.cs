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
    /// <summary>The indexes in <see cref="Sections"/> of the sections that state a government's position.</summary>
    private readonly int[] _positions = PositionIndexes(Sections);

    /// <summary>The sections that state a government's position ("Seoul's position", "Tokyo's position").</summary>
    public IReadOnlyList<FaqSection> Positions { get; } = [.. PositionIndexes(Sections).Select(i => Sections[i])];

    /// <summary>
    /// The title, summary and sections in Korean and Japanese (knowledge/ko/faq, knowledge/ja/faq): section N translates
    /// section N, so a translation has exactly as many sections as the English.
    /// </summary>
    public Translations<FaqText> Translations { get; init; } = Translations<FaqText>.None;

    public FaqText EnglishText => new(Lang.En, Title, Summary, Sections) { Positions = Positions };

    /// <summary>The topic in <paramref name="lang"/>, or the English when not translated (see <see cref="FaqText.Lang"/>).</summary>
    public FaqText For(Lang lang) =>
        Translations.In(lang) is { } t ? t with { Positions = [.. _positions.Where(i => i < t.Sections.Count).Select(i => t.Sections[i])] } : EnglishText;

    // Headings are English ("Seoul's position"): a translation's position sections are found by their place.
    private static int[] PositionIndexes(IReadOnlyList<FaqSection> sections) =>
        [.. sections.Index()
            .Where(s => s.Item.Heading.StartsWith("Seoul", StringComparison.OrdinalIgnoreCase)
                        || s.Item.Heading.StartsWith("Tokyo", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Index)];
}

/// <summary>An FAQ topic's title, summary and sections in one language.</summary>
public sealed record FaqText(Lang Lang, string Title, string Summary, IReadOnlyList<FaqSection> Sections)
{
    /// <summary>The sections stating a government's position: the ones at the English position sections' places.</summary>
    public IReadOnlyList<FaqSection> Positions { get; init; } = [];
}

public sealed record FaqSection(string Heading, string Body);
