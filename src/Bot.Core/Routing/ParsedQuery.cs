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

    /// <summary>True when a series was named by one of its aliases, false when only guessed from loose words.</summary>
    public bool SeriesNamed { get; init; }

    /// <summary>The FAQ topic whose stored phrasing this question repeats, if any.</summary>
    public string? StoredPhrasingFaqId { get; init; }

    /// <summary>A /stats metric the knowledge base doesn't hold.</summary>
    public string? UnknownMetric { get; init; }
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

    /// <summary>The range is a leader's term of office ("since Lee took office", "under Yoon").</summary>
    public bool RangeIsTenure { get; init; }

    public StatOperation Operation { get; init; }

    /// <summary>+1 for "the year after", −1 for "the year before".</summary>
    public int YearShift { get; init; }

    public bool IsFollowUp { get; init; }

    /// <summary>A follow-up with nothing to follow: the answer is a request for the full question.</summary>
    public bool NeedsContext { get; init; }

    /// <summary>Opens like a follow-up: "and …", "what about …", "how about …".</summary>
    public bool StartsAsFollowUp { get; init; }

    /// <summary>Points back with a pronoun and names nothing ("how much was it in 2019").</summary>
    public bool RefersBack { get; init; }
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

    /// <summary>The question names an unrelated subject (weather, code, currencies…).</summary>
    public bool MentionsOffTopic { get; init; }

    /// <summary>The question names a third country (China, Russia…) or North Korea.</summary>
    public bool MentionsOtherCountry { get; init; }

    /// <summary>Both Japan and South Korea are named (North Korea does not count).</summary>
    public bool MentionsBothCountries { get; init; }

    /// <summary>"what does X mean", "define X": a glossary question even when X is also an FAQ topic.</summary>
    public bool AsksDefinition { get; init; }

    /// <summary>A day named with a month and year ("3 Dec 2024").</summary>
    public int? Day { get; init; }

    /// <summary>Words that are English, cue words or knowledge words; zero means the text is noise ("asdkjh qwe").</summary>
    public int RecognisedWords { get; init; }

    /// <summary>Content words that are neither names nor cue words (used to rank events and topics).</summary>
    public IReadOnlyList<string> ContentWords { get; init; } = [];

    public bool HasKnowledgeHit => Hits.Count > 0;
}
