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
    Flag Flag)
{
    /// <summary>The Korean and Japanese text (knowledge/ko/timeline.yaml, knowledge/ja/timeline.yaml).</summary>
    public Translations<EventText> Translations { get; init; } = Translations<EventText>.None;

    public EventText EnglishText => new(Lang.En, Title, Summary, Significance, DateNote);

    /// <summary>
    /// The event's text in <paramref name="lang"/>, or the English when it is not translated (the result's
    /// <see cref="EventText.Lang"/> says which). A date note added to the English after the translation stays English.
    /// </summary>
    public EventText Text(Lang lang) =>
        Translations.In(lang) is { } t ? t with { DateNote = t.DateNote ?? DateNote } : EnglishText;

    /// <summary>The English title or summary holds <paramref name="folded"/> (a folded family name: the event involves that person).</summary>
    public bool Mentions(string folded) =>
        Bot.Core.Text.TextNormalizer.Fold(Title + " " + Summary).Contains(folded, StringComparison.Ordinal);

    /// <summary>The English title holds <paramref name="kind"/> ("summit", "visit"): the event is one of that kind.</summary>
    public bool IsA(string kind) => Bot.Core.Text.TextNormalizer.Fold(Title).Contains(kind, StringComparison.Ordinal);
}

/// <summary>The user-visible text of an event in one language.</summary>
public sealed record EventText(Lang Lang, string Title, string Summary, string Significance, string? DateNote);
