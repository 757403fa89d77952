using System.Globalization;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// Knowledge completeness: every figure and event that the verified fact sheet (/work/shared/facts.md) marks reliable
/// is in knowledge/. The list of those items is kept by hand in <c>facts-reliable.yaml</c> next to this file, each
/// item with its facts.md section; one test row per item, named after it, so a failure says which fact is missing or
/// differs.
/// </summary>
[Trait("Category", "RepositoryData")]
public sealed class FactsCompletenessTests
{
    private static readonly Lazy<FactsList> List = new(FactsList.Load);

    private static KnowledgeBase Kb => RepositoryKnowledge.Current;

    public static TheoryData<string> FigureRows => Rows(List.Value.Figures.Select(f => f.Label));

    public static TheoryData<string> EventRows => Rows(List.Value.Events.Select(e => e.Label));

    public static TheoryData<string> DetailRows => Rows(List.Value.Details.Select(d => d.Label));

    public static TheoryData<string> OfficeRows => Rows(List.Value.Offices.Select(o => o.Label));

    [Fact]
    public void List_LabelsAreUniqueAndEveryItemNamesItsSection()
    {
        var labels = List.Value.AllLabels.ToList();
        var duplicates = labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
        Assert.All(List.Value.Refs, r => Assert.False(string.IsNullOrWhiteSpace(r), "every item carries its facts.md section (ref)"));
        Assert.NotEmpty(List.Value.Figures);
        Assert.NotEmpty(List.Value.Events);
    }

    [Theory]
    [MemberData(nameof(FigureRows))]
    public void Figure_IsAPointOfItsSeries(string item)
    {
        var f = List.Value.Figures.Single(x => x.Label == item);
        var series = Kb.Series(f.Series);
        Assert.True(series is not null, $"{item}: knowledge/statistics.yaml has no series '{f.Series}'");
        Assert.True(StatUnitFormat.TryParse(f.Unit, out var unit), $"{item}: unknown unit '{f.Unit}' in the list");
        Assert.True(series!.Unit == unit, $"{item}: series '{f.Series}' is in {series.Unit}, facts.md gives {f.Unit}");

        var points = series.Points.Where(p => p.Year == f.Year && SamePeriod(p.Period, f.Period)).ToList();
        var held = string.Join(", ", series.Points.Select(p => $"{p.Label}={p.Value.ToString(CultureInfo.InvariantCulture)}"));
        Assert.True(points.Count > 0,
            $"{item}: series '{f.Series}' has no point for {f.Year}{(f.Period is null ? " (whole year)" : $" ({f.Period})")}; it holds {held}");

        var expected = f.Number;
        var tolerance = f.Tolerance ?? HalfLastDigit(f.Value);
        var candidates = f.Alternative
            ? points.SelectMany(p => p.Alternatives.Select(a => a.Value)).ToList()
            : points.Select(p => p.Value).ToList();
        Assert.True(candidates.Any(v => Math.Abs(v - expected) <= tolerance + 1e-9),
            $"{item}: facts.md gives {f.Value} {f.Unit}{(f.Alternative ? " as an alternative value" : "")}, knowledge holds "
            + $"{string.Join(" / ", candidates.Select(v => v.ToString(CultureInfo.InvariantCulture)))} (tolerance {tolerance.ToString(CultureInfo.InvariantCulture)})");

        if (f.Flag is { } flag)
        {
            Assert.True(points.Any(p => p.Flag.ToString() == flag),
                $"{item}: facts.md marks the figure [{flag}] (it must be labelled so); knowledge flags it {string.Join("/", points.Select(p => p.Flag))}");
        }
    }

    [Theory]
    [MemberData(nameof(EventRows))]
    public void Event_IsInTheTimeline(string item)
    {
        var e = List.Value.Events.Single(x => x.Label == item);
        var ev = Kb.Event(e.Id);
        if (ev is null)
        {
            var sameDate = Kb.Timeline.Where(t => StartsAt(t.Date, e.Date)).Select(t => t.Id);
            Assert.Fail($"{item}: knowledge/timeline.yaml has no event '{e.Id}' (events dated {e.Date}: {string.Join(", ", sameDate)})");
        }

        // At the precision facts.md verifies: "2019-09" (the day is weak) matches a knowledge date of 2019-09-18.
        Assert.True(StartsAt(ev!.Date, e.Date), $"{item}: facts.md dates it {e.Date}, knowledge {ev.Date}");
        if (e.EndDate is not null)
        {
            Assert.True(ev.EndDate?.ToString() == e.EndDate, $"{item}: facts.md ends it {e.EndDate}, knowledge {ev.EndDate?.ToString() ?? "(no end date)"}");
        }

        var text = string.Join(" ", [ev.Title, ev.Summary, ev.Significance, ev.DateNote ?? "", .. ev.Aliases]);
        var missing = e.Words.Where(w => !text.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(missing.Count == 0, $"{item}: event '{e.Id}' does not mention {string.Join(", ", missing.Select(w => $"'{w}'"))}");
    }

    [Theory]
    [MemberData(nameof(DetailRows))]
    public void Detail_IsStatedInItsEntry(string item)
    {
        var d = List.Value.Details.Single(x => x.Label == item);
        var text = EntryText(d.In);
        Assert.True(text is not null, $"{item}: knowledge has no entry '{d.In}'");

        var held = EnglishFigures.Read(text!).All.Select(x => x.Figure).ToHashSet();
        foreach (var written in d.Figures)
        {
            var wanted = EnglishFigures.Read(written).All.Select(x => x.Figure).Distinct().ToList();
            Assert.True(wanted.Count > 0, $"{item}: '{written}' holds no figure (fix the list)");
            var missing = wanted.Where(w => !held.Contains(w)).ToList();
            Assert.True(missing.Count == 0,
                $"{item}: '{d.In}' does not state '{written}' (missing {string.Join(", ", missing)})");
        }

        var words = d.Words.Where(w => !text!.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(words.Count == 0, $"{item}: '{d.In}' does not mention {string.Join(", ", words.Select(w => $"'{w}'"))}");
    }

    [Theory]
    [MemberData(nameof(OfficeRows))]
    public void Office_TermIsInTheGlossary(string item)
    {
        var o = List.Value.Offices.Single(x => x.Label == item);
        var term = Kb.Glossary.FirstOrDefault(t => t.Id == o.Term);
        Assert.True(term is not null, $"{item}: knowledge/glossary.yaml has no term '{o.Term}'");
        Assert.True(term!.Office == o.Office, $"{item}: '{o.Term}' holds office '{term.Office}', facts.md gives '{o.Office}'");
        Assert.True(StartsAt(term.InOfficeFrom, o.From), $"{item}: '{o.Term}' in office from {term.InOfficeFrom?.ToString() ?? "(none)"}, facts.md gives {o.From}");
        if (o.To is null)
        {
            Assert.True(term.InOfficeTo is null, $"{item}: '{o.Term}' is still in office per facts.md, knowledge ends the term {term.InOfficeTo}");
        }
        else
        {
            Assert.True(StartsAt(term.InOfficeTo, o.To), $"{item}: '{o.Term}' in office to {term.InOfficeTo?.ToString() ?? "(none)"}, facts.md gives {o.To}");
        }
    }

    /// <summary>The knowledge date agrees with the list's at the list's precision ("2024-10" matches "2024-10-01").</summary>
    private static bool StartsAt(PartialDate? held, string? wanted) =>
        wanted is null ? held is null : held is { } h && h.ToString().StartsWith(wanted, StringComparison.Ordinal);

    private static bool SamePeriod(string? held, string? wanted) =>
        wanted is null ? held is null : held is not null && held.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    /// <summary>Half a unit of the last digit facts.md writes: 68.3 matches 68.25–68.35; 9,459,600 matches itself.</summary>
    private static double HalfLastDigit(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : value.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }

    /// <summary>The English text of an entry: "event:ID", "series:ID", "faq:ID" or "glossary:ID".</summary>
    private static string? EntryText(string reference)
    {
        var (kind, id) = reference.Split(':', 2) is [var k, var i] ? (k, i) : ("", reference);
        return kind switch
        {
            "event" => Kb.Event(id) is { } e ? string.Join("\n", e.Title, e.Summary, e.Significance, e.DateNote ?? "") : null,
            "series" => Kb.Series(id) is { } s
                ? string.Join("\n", [s.Name, s.Definition, s.Notes ?? "",
                    .. s.Points.Select(p => p.Note ?? ""),
                    .. s.Points.SelectMany(p => p.Alternatives).Select(a => a.Note ?? ""),
                    .. s.Gaps.Select(g => g.Note)])
                : null,
            "faq" => Kb.Faq(id) is { } f ? string.Join("\n", [f.Title, f.Summary, .. f.Sections.Select(x => x.Heading + "\n" + x.Body)]) : null,
            "glossary" => Kb.Glossary.FirstOrDefault(t => t.Id == id) is { } t ? string.Join("\n", t.English, t.Description, t.Note ?? "") : null,
            _ => null,
        };
    }

    private static TheoryData<string> Rows(IEnumerable<string> labels)
    {
        var data = new TheoryData<string>();
        foreach (var label in labels)
        {
            data.Add(label);
        }

        return data;
    }

    // ------------------------------------------------------------------ the list (facts-reliable.yaml)

    private sealed class FactsList
    {
        public List<FigureItem> Figures { get; set; } = [];

        public List<EventItem> Events { get; set; } = [];

        public List<DetailItem> Details { get; set; } = [];

        public List<OfficeItem> Offices { get; set; } = [];

        public IEnumerable<string> AllLabels =>
            Figures.Select(x => x.Label).Concat(Events.Select(x => x.Label)).Concat(Details.Select(x => x.Label)).Concat(Offices.Select(x => x.Label));

        public IEnumerable<string> Refs =>
            Figures.Select(x => x.Ref).Concat(Events.Select(x => x.Ref)).Concat(Details.Select(x => x.Ref)).Concat(Offices.Select(x => x.Ref));

        public static FactsList Load()
        {
            var path = Path.Combine(RepositoryKnowledge.Root, "tests", "Bot.Infrastructure.Tests", "Knowledge", "facts-reliable.yaml");
            var yaml = File.ReadAllText(path);
            return new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<FactsList>(yaml);
        }
    }

    private sealed class FigureItem
    {
        public string Ref { get; set; } = "";

        public string Series { get; set; } = "";

        public int Year { get; set; }

        public string? Period { get; set; }

        /// <summary>As facts.md writes it, in the series' unit; its last digit sets the rounding tolerance.</summary>
        public string Value { get; set; } = "";

        public string Unit { get; set; } = "";

        /// <summary>For an approximate figure ("about 1.01 million"): the allowed difference, in the series' unit.</summary>
        public double? Tolerance { get; set; }

        /// <summary>The value is the other published value of a conflicting point (knowledge: an alternative).</summary>
        public bool Alternative { get; set; }

        /// <summary>A flag the figure must carry ("D": derived, to be labelled as such).</summary>
        public string? Flag { get; set; }

        public double Number => double.Parse(Value, NumberStyles.Float, CultureInfo.InvariantCulture);

        public string Label => $"{Ref} · {Series} {Year}{(Period is null ? "" : $" ({Period})")} = {Value}{(Alternative ? " (alternative)" : "")}";
    }

    private sealed class EventItem
    {
        public string Ref { get; set; } = "";

        public string Id { get; set; } = "";

        public string Date { get; set; } = "";

        public string? EndDate { get; set; }

        /// <summary>Identifying words the event's title, summary or aliases must contain.</summary>
        public List<string> Words { get; set; } = [];

        public string Label => $"{Ref} · {Date} {Id}";
    }

    private sealed class DetailItem
    {
        public string Ref { get; set; } = "";

        /// <summary>"event:ID", "series:ID", "faq:ID" or "glossary:ID".</summary>
        public string In { get; set; } = "";

        /// <summary>Figures and dates as facts.md gives them; each is compared by value with the entry's English text.</summary>
        public List<string> Figures { get; set; } = [];

        public List<string> Words { get; set; } = [];

        public string Label => $"{Ref} · {In}: {string.Join("; ", Figures.Concat(Words))}";
    }

    private sealed class OfficeItem
    {
        public string Ref { get; set; } = "";

        public string Term { get; set; } = "";

        public string Office { get; set; } = "";

        public string From { get; set; } = "";

        public string? To { get; set; }

        public string Label => $"{Ref} · {Term}: {Office} {From}–{To ?? "now"}";
    }
}
