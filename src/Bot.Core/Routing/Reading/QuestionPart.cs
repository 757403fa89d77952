using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// One question read once: what kind of answer it wants, what it is about, when, and what claim it checks. A message
/// holds one part or several ("when did Ishiba resign and who followed him?"); each part is answered on its own.
/// </summary>
public sealed record QuestionPart
{
    public required Wording Wording { get; init; }

    public required Asking Asking { get; init; }

    public required Targets Targets { get; init; }

    public required Period Period { get; init; }

    public required Scope Scope { get; init; }

    public FollowUpCue FollowUp { get; init; } = FollowUpCue.None;

    /// <summary>The statement a yes/no question checks ("the fund was 5 billion yen, right?"), if any.</summary>
    public Claim? Claim { get; init; }

    /// <summary>A slash command picked the metric or topic: no guessing from text.</summary>
    public bool IsStructured { get; init; }

    /// <summary>Shorthands for the fields almost every intent reads.</summary>
    public AnswerType Type => Asking.Type;

    public bool Asks(AnswerType type) => Asking.Type == type || Asking.Signals.Contains(type);
}

/// <summary>The words of a part as typed and as read.</summary>
public sealed record Wording(
    string Original,
    string Folded,
    IReadOnlyList<string> Words,
    IReadOnlyList<LexiconHit> Hits,
    IReadOnlyList<string> ContentWords,
    int RecognisedWords)
{
    /// <summary>Korean or Japanese text is matched as typed; Latin text by its corrected words.</summary>
    public string SearchText => Text.TextNormalizer.ContainsCjk(Folded) ? Original : string.Join(' ', Words);
}

/// <summary>What kind of answer a part wants.</summary>
public enum AnswerType
{
    /// <summary>A bare topic or name: an overview of it.</summary>
    Overview,
    Date,
    Number,
    Change,
    Extreme,
    List,
    Reason,
    Definition,
    Person,
    Place,
    Claim,
    Comparison,
    Prediction,
    /// <summary>"What happened in 2019": the events of a period.</summary>
    Events,
    /// <summary>"What do Koreans call Takeshima": the names in three languages.</summary>
    Naming,
    Recent,
}

/// <summary>
/// The answer type with the statistics operation it implies, and every other type whose cue words also appear
/// (a part asking "when" inside a "why" sentence still carries the date signal).
/// </summary>
public sealed record Asking(AnswerType Type, StatOperation Operation, IReadOnlySet<AnswerType> Signals)
{
    /// <summary>"Who is right", "who owns": a contested question that must get both positions and no verdict.</summary>
    public bool WhoIsRight { get; init; }

    /// <summary>"What does X mean", "define X": the glossary's line, even when X is also an FAQ topic.</summary>
    public bool StrictDefinition { get; init; }

    /// <summary>For a deficit series, "biggest"/"most" means the most negative figure.</summary>
    public bool AboutDeficit { get; init; }

    /// <summary>"Who followed him?", "his predecessor": the next or previous holder of a person's office.</summary>
    public Succession Succession { get; init; }

    /// <summary>The arithmetic asked on the figures: a difference, a ratio, which is larger.</summary>
    public Computation Computation { get; init; }

    /// <summary>"Total trade", "exports + imports": the series named are added up.</summary>
    public bool Combined { get; init; }
}

public enum Succession
{
    None,
    Successor,
    Predecessor,
}

/// <summary>What a statistics question does with the figures.</summary>
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
    /// <summary>"the smallest in how many years": how far back to the last year that was as small (or large).</summary>
    SinceWhen,
}

/// <summary>What a part names from the knowledge base.</summary>
public sealed record Targets
{
    public static Targets None { get; } = new();

    public IReadOnlyList<string> SeriesIds { get; init; } = [];

    /// <summary>True when a series was named by one of its aliases, false when only guessed from loose words.</summary>
    public bool SeriesNamed { get; init; }

    public IReadOnlyList<string> FaqIds { get; init; } = [];

    public IReadOnlyList<string> GlossaryIds { get; init; } = [];

    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>The FAQ topic whose stored phrasing this part repeats almost word for word, if any.</summary>
    public string? StoredPhrasingFaqId { get; init; }

    /// <summary>A /stats metric the knowledge base doesn't hold (echoed back in the answer).</summary>
    public string? UnknownMetric { get; init; }

    /// <summary>An office asked about ("prime minister", "외교부 장관"): who held it at the part's time.</summary>
    public string? Office { get; init; }

    /// <summary>
    /// The thread's topic when this part names none of its own ("문재인 정부가 종료하겠다고 결정한 건 언제였어?" in a thread on
    /// GSOMIA): a tie-breaker among events that match the words, not a target (it names nothing).
    /// </summary>
    public string? ThreadTopic { get; init; }

    public bool NamesAnything => SeriesIds.Count + FaqIds.Count + GlossaryIds.Count + EventIds.Count > 0 || Office is not null;
}

/// <summary>When a part is about: years, a range, a month or day, or a time relative to now or to the thread.</summary>
public sealed record Period
{
    public static Period None { get; } = new();

    /// <summary>Years written in the part, in order.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>An explicit or relative range; open ends are null.</summary>
    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    /// <summary>The range is a leader's term of office ("since Lee took office", "under Yoon").</summary>
    public bool IsTenure { get; init; }

    /// <summary>+1 for "the year after", −1 for "the year before".</summary>
    public int YearShift { get; init; }

    /// <summary>"About a month later", "그 이틀 후", "2日後": how long after the thread's event, in days.</summary>
    public int? DaysAfter { get; init; }

    public TimeWord Relative { get; init; }

    public bool HasPeriod => Years.Count > 0 || From is not null || To is not null;
}

/// <summary>A time given relative to now or to the conversation.</summary>
public enum TimeWord
{
    None,
    /// <summary>"now", "currently", "these days", "at the moment".</summary>
    Now,
    /// <summary>"then", "at the time", "back then": the time of the thread's last answer.</summary>
    Then,
    /// <summary>"recently", "lately", "latest news".</summary>
    Recent,
    /// <summary>"the latest figure".</summary>
    Latest,
}

/// <summary>Whether the part names Japan, Korea, both, or something else.</summary>
public sealed record Scope(bool JapanOrKorea, bool BothCountries, bool OffTopic, bool OtherCountry)
{
    public static Scope None { get; } = new(false, false, false, false);
}

/// <summary>How a part leans on the conversation before it.</summary>
public sealed record FollowUpCue(bool IsFollowUp, bool StartsAsFollowUp, bool RefersBack, bool NeedsContext)
{
    /// <summary>A second (or later) question of the same message: it shares the first one's time and subject.</summary>
    public bool Continues { get; init; }

    /// <summary>
    /// The part names nothing itself and its subject was taken from the thread's last answer ("how long did it last?"):
    /// that unspoken subject is half of what it asks.
    /// </summary>
    public bool ThreadSubject { get; init; }

    /// <summary>
    /// A yes/no question about the thread's subject ("was that the first since Koizumi?", "did he later become PM?"): the
    /// subject is what it asks about, whatever else it names.
    /// </summary>
    public bool AsksOfSubject { get; init; }

    public static FollowUpCue None { get; } = new(false, false, false, false);
}

/// <summary>A statement to confirm or correct, with the figures and years it states.</summary>
public sealed record Claim(string Statement, IReadOnlyList<decimal> Numbers, IReadOnlyList<int> Years, bool Pushy);
