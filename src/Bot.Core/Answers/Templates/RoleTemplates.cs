using Bot.Core.Knowledge;

namespace Bot.Core.Answers.Templates;

/// <summary>
/// The sentences of an office-holder answer ("who is Japan's prime minister now?", "who followed Ishiba?") in one
/// language. Names come in already marked up (the reader's name first, the other two in brackets).
/// </summary>
public sealed record RoleTemplates
{
    /// <summary>Each office as the reader would name it ("Japan's prime minister", "일본 총리", "日本の首相").</summary>
    public required IReadOnlyDictionary<string, string> Offices { get; init; }

    /// <summary>The office inside a sentence: English keeps the title ("the Prime Minister of Japan").</summary>
    public required Func<string, string> OfficeInSentence { get; init; }

    public required Func<string, string> AsOf { get; init; }
    public required Func<string, string> InYears { get; init; }
    public required Func<int, int, string> FromTo { get; init; }

    /// <summary>(when, office, name markup, plain name, now, term or null) → one sentence.</summary>
    public required Func<string, string, string, string, bool, string?, string> Holder { get; init; }

    /// <summary>(when, office, now) → the line before a list of holders.</summary>
    public required Func<string, string, bool, string> HoldersIntro { get; init; }

    public required Func<string, string> InOffice { get; init; }
    public required Func<string, string> Since { get; init; }
    public required Func<string, string, string> NoHolder { get; init; }
    public required string HoldersHeld { get; init; }
    public required string NoTermDates { get; init; }
    public required string NotInSources { get; init; }

    /// <summary>(other's markup, person, office, term) → "X followed Y as Z, in office …".</summary>
    public required Func<string, string, string, string, string> Followed { get; init; }
    public required Func<string, string, string, string, string> Preceded { get; init; }

    /// <summary>(person, office, as-of date, still in office).</summary>
    public required Func<string, string, string, bool, string> NoSuccessor { get; init; }
    public required Func<string, string, string> NoPredecessor { get; init; }

    public string Office(string office) => Offices.TryGetValue(office, out var name) ? name : office;

    /// <summary>The reader's name first, the other two in brackets: "**다카이치 사나에** (Takaichi Sanae / 高市早苗)".</summary>
    public static string NameMarkup(GlossaryTerm person, Lang lang) => lang switch
    {
        Lang.Ko => $"**{person.Korean}** ({person.English} / {person.Japanese})",
        Lang.Ja => $"**{person.Japanese}**（{person.English} / {person.Korean}）",
        _ => $"**{person.English}** ({person.Korean} / {person.Japanese})",
    };
}
