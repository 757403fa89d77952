using Bot.Core.Knowledge;

namespace Bot.Core.Routing;

/// <summary>What a statistics question asks for.</summary>
public enum StatOperation
{
    /// <summary>No operation word: a value for the year(s) given, or an overview.</summary>
    None,
    Peak,
    Lowest,
    Change,
    Compare,
    Latest,
    Range,
}

/// <summary>A question taken apart once: the names, years and cue words every intent reads.</summary>
public sealed record ParsedQuery
{
    public required string Original { get; init; }

    /// <summary>Folded (lower-case, plain punctuation) text.</summary>
    public required string Folded { get; init; }

    /// <summary>Latin words after spelling correction.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    public required IReadOnlyList<LexiconHit> Hits { get; init; }

    public IReadOnlyList<string> SeriesIds { get; init; } = [];
    public IReadOnlyList<string> FaqIds { get; init; } = [];
    public IReadOnlyList<string> GlossaryIds { get; init; } = [];
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>Years written in the question, in order.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>A month named together with a year ("June 2025").</summary>
    public int? Month { get; init; }

    /// <summary>An explicit or relative range; open ends are null.</summary>
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }

    public StatOperation Operation { get; init; }

    /// <summary>+1 for "the year after", −1 for "the year before".</summary>
    public int YearShift { get; init; }

    public bool IsFollowUp { get; init; }
    public bool AsksWhen { get; init; }
    public bool AsksWho { get; init; }
    public bool AsksWhatIs { get; init; }
    public bool AsksNaming { get; init; }
    public bool AsksTimeline { get; init; }
    public bool AsksRecent { get; init; }
    public bool AsksWhoIsRight { get; init; }
    public bool AsksWhy { get; init; }

    /// <summary>"how many", "how much", "%", "number of": the question wants a figure.</summary>
    public bool AsksQuantity { get; init; }

    /// <summary>Set when a slash command picked the metric or topic: no guessing from text.</summary>
    public bool IsStructured { get; init; }

    /// <summary>The question mentions Japan or Korea (in any of the three languages).</summary>
    public bool MentionsJapanOrKorea { get; init; }

    /// <summary>The question names another country's relations or an unrelated subject.</summary>
    public bool MentionsOffTopic { get; init; }

    /// <summary>Content words that are neither names nor cue words (used to rank events and topics).</summary>
    public IReadOnlyList<string> ContentWords { get; init; } = [];

    public bool HasKnowledgeHit => Hits.Count > 0;
}
