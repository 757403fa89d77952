namespace Bot.Core.Knowledge;

/// <summary>A numeric series (trade, investment, visitors, residents, polls…), one value per year or period.</summary>
public sealed record StatSeries(
    string Id,
    string Name,
    string Category,
    StatUnit Unit,
    SeriesKind Kind,
    string Definition,
    IReadOnlyList<string> Aliases,
    string? Notes,
    IReadOnlyList<StatPoint> Points,
    IReadOnlyList<StatGap> Gaps)
{
    /// <summary>The name, definition and notes in Korean and Japanese; point, alternative and gap notes carry their own.</summary>
    public Translations<SeriesText> Translations { get; init; } = Translations<SeriesText>.None;

    public SeriesText EnglishText => new(Lang.En, Name, Definition, Notes);

    /// <summary>
    /// The series' name, definition and notes in <paramref name="lang"/>, or the English when not translated (see
    /// <see cref="SeriesText.Lang"/>); notes added to the English after the translation stay English.
    /// </summary>
    public SeriesText Text(Lang lang) =>
        Translations.In(lang) is { } t ? t with { Notes = t.Notes ?? Notes } : EnglishText;

    /// <summary>Whole-year points in year order (the ones that answer "X in YEAR").</summary>
    public IReadOnlyList<StatPoint> YearPoints { get; } = [.. Points.Where(p => p.Period is null).OrderBy(p => p.Year)];

    /// <summary>
    /// Points that can be ranked against each other: for stocks and shares every dated reading; for flows only
    /// whole years (a Jan–Sep total is not comparable with a full year).
    /// </summary>
    public IReadOnlyList<StatPoint> ComparablePoints => Kind == SeriesKind.Level ? [.. Points.OrderBy(p => p.Year)] : YearPoints;

    /// <summary>The most recent figure (a dated reading beats an older whole-year one).</summary>
    public StatPoint Latest => Points.OrderBy(p => p.Year).ThenBy(p => p.Period is null ? 1 : 0).Last();

    /// <summary>A series with negative figures is a balance: one figure minus another (exports minus imports).</summary>
    public bool IsBalance => Points.Any(p => p.Value < 0);

    public StatPoint? ForYear(int year) => YearPoints.FirstOrDefault(p => p.Year == year)
        ?? Points.FirstOrDefault(p => p.Year == year);

    public StatGap? GapFor(int year) => Gaps.FirstOrDefault(g => g.Year == year);

    /// <summary>Every year the series holds a figure for, in order.</summary>
    public IReadOnlyList<int> Years { get; } = [.. Points.Select(p => p.Year).Distinct().Order()];
}

/// <summary>One published figure.</summary>
public sealed record StatPoint(
    int Year,
    string? Period,
    double Value,
    IReadOnlyList<string> SourceIds,
    Flag Flag,
    string? Note,
    IReadOnlyList<StatAlternative> Alternatives)
{
    /// <summary>The note in Korean and Japanese.</summary>
    public Translations<string> NoteTranslations { get; init; } = Translations<string>.None;

    /// <summary>The note in <paramref name="lang"/>, the English note when it is not translated, null when there is no note.</summary>
    public string? NoteIn(Lang lang) => Note is null ? null : NoteTranslations.Or(lang, Note);

    /// <summary>"2019", or "2019 (Jan–Sep)" for a part-year figure.</summary>
    public string Label => Period is null ? Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Year} ({Period})";

    /// <summary>"2019년", "2019年"; a part-year label keeps its period as written ("2019년 (Jan–Sep)").</summary>
    public string LabelIn(Lang lang) => lang == Lang.En ? Label
        : new PartialDate(Year).ToDisplay(lang) + (Period is null ? "" : $" ({Period})");
}

/// <summary>Another published value for the same point, when sources conflict.</summary>
public sealed record StatAlternative(double Value, IReadOnlyList<string> SourceIds, string? Note)
{
    /// <summary>The note in Korean and Japanese.</summary>
    public Translations<string> NoteTranslations { get; init; } = Translations<string>.None;

    /// <summary>The note in <paramref name="lang"/>, the English note when it is not translated, null when there is no note.</summary>
    public string? NoteIn(Lang lang) => Note is null ? null : NoteTranslations.Or(lang, Note);
}

/// <summary>A year whose figure could not be verified: the bot says so instead of guessing.</summary>
public sealed record StatGap(int Year, string Note)
{
    /// <summary>The note in Korean and Japanese.</summary>
    public Translations<string> NoteTranslations { get; init; } = Translations<string>.None;

    /// <summary>The note in <paramref name="lang"/>, or the English note when it is not translated.</summary>
    public string NoteIn(Lang lang) => NoteTranslations.Or(lang, Note);
}

/// <summary>A series' name, definition and notes in one language.</summary>
public sealed record SeriesText(Lang Lang, string Name, string Definition, string? Notes);

public enum SeriesKind
{
    /// <summary>An amount per period (bar chart).</summary>
    Flow,

    /// <summary>A stock, share or level (line chart).</summary>
    Level,
}
