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
    /// <summary>The description and note in Korean and Japanese (the names themselves are <see cref="Korean"/> and <see cref="Japanese"/>).</summary>
    public Translations<TermText> Translations { get; init; } = Translations<TermText>.None;

    public TermText EnglishText => new(Lang.En, Description, Note);

    /// <summary>
    /// The description and note in <paramref name="lang"/>, or the English when not translated (see
    /// <see cref="TermText.Lang"/>); a note added to the English after the translation stays English.
    /// </summary>
    public TermText Text(Lang lang) =>
        Translations.In(lang) is { } t ? t with { Note = t.Note ?? Note } : EnglishText;

    /// <summary>
    /// A person's family name, folded ("lee", "takaichi", "kono"): the English names are written family name first
    /// ("Lee Jae-myung", "Takaichi Sanae"), and people and event titles often use it alone.
    /// </summary>
    public string FamilyName => Bot.Core.Text.Tokenizer.Words(Bot.Core.Text.TextNormalizer.Fold(English)).FirstOrDefault() ?? Id;

    /// <summary>The term's name in <paramref name="lang"/>.</summary>
    public string Name(Lang lang) => lang switch
    {
        Lang.Ko => Korean,
        Lang.Ja => Japanese,
        _ => English,
    };

    /// <summary>A person with an office and the date its term began: one whose time in office bounds a question.</summary>
    public bool HeldOffice => Office is not null && InOfficeFrom is not null;

    /// <summary>True when the person held <see cref="Office"/> on <paramref name="day"/> (an open end counts as still in office).</summary>
    public bool InOfficeOn(DateOnly day) =>
        Office is not null && InOfficeFrom is { } from && from.Start <= day && (InOfficeTo is not { } to || to.End >= day);

    /// <summary>Every name this term answers to, in all three languages.</summary>
    public IEnumerable<string> AllNames =>
        English.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append(English).Append(Korean).Append(Japanese).Concat(Aliases);
}

/// <summary>A glossary term's description and note in one language.</summary>
public sealed record TermText(Lang Lang, string Description, string? Note);
