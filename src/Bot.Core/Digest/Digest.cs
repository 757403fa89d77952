using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>
/// One day's digest for one channel, platform-neutral: adapters render the sections (embed fields, Block Kit
/// sections), and <see cref="ToAnswer"/> gives the plain-text form every renderer can fall back to.
/// </summary>
public sealed record Digest
{
    public required DateOnly LocalDate { get; init; }

    public required string Title { get; init; }

    /// <summary>Only sections with something to say, in a fixed order.</summary>
    public required IReadOnlyList<DigestSection> Sections { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];

    public PartialDate? AsOf { get; init; }

    /// <summary>The statistic spotlight's chart, when that section is present.</summary>
    public ChartRequest? Chart { get; init; }

    /// <summary>The FAQ in the spotlight: remembered per channel so it does not come back within 30 days.</summary>
    public string? FaqId { get; init; }

    /// <summary>The language it is written in: the renderers' own words (as-of, sources) follow it.</summary>
    public Lang Lang { get; init; } = Lang.En;

    public DigestSection? Section(string kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The digest as an <see cref="Answer"/>, so <see cref="AnswerText"/> and answer renderers can show it.</summary>
    public Answer ToAnswer() => new()
    {
        Outcome = Outcome.Answer,
        Intent = "digest",
        Title = Title,
        Body = string.Join("\n\n", Sections.Select(s => $"**{s.Heading}**\n{s.Body}")),
        Sources = Sources,
        AsOf = AsOf,
        Chart = Chart,
        Lang = Lang,
    };

    /// <summary>Plain text, as the console and log-only publisher show it.</summary>
    public string ToText() => AnswerText.Render(ToAnswer());
}

/// <summary>One part of a digest. <see cref="Kind"/> is one of <see cref="DigestSectionNames"/>.</summary>
public sealed record DigestSection(string Kind, string Heading, string Body);
