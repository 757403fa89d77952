namespace Bot.Core.Knowledge;

/// <summary>An immutable snapshot of the whole knowledge base. Swapped whole on reload, never mutated.</summary>
public sealed class KnowledgeBase
{
    public KnowledgeBase(
        IEnumerable<Source> sources,
        IEnumerable<TimelineEvent> timeline,
        IEnumerable<StatSeries> statistics,
        IEnumerable<FaqEntry> faqs,
        IEnumerable<GlossaryTerm> glossary,
        string version = "")
    {
        Sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Timeline = [.. timeline.OrderBy(e => e.Date)];
        Statistics = [.. statistics];
        Faqs = [.. faqs];
        Glossary = [.. glossary];
        Version = version;
        AsOf = Timeline.Count == 0 ? new PartialDate(1, 1, 1) : Timeline.Max(e => e.EndDate ?? e.Date);
        _series = Statistics.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _faqs = Faqs.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _events = Timeline.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _terms = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in Glossary)
        {
            _terms.TryAdd(term.Id, term); // the first of a duplicated id, as a scan would find it (the validator reports the rest)
        }
    }

    private readonly Dictionary<string, StatSeries> _series;
    private readonly Dictionary<string, FaqEntry> _faqs;
    private readonly Dictionary<string, TimelineEvent> _events;
    private readonly Dictionary<string, GlossaryTerm> _terms;

    public IReadOnlyDictionary<string, Source> Sources { get; }
    public IReadOnlyList<TimelineEvent> Timeline { get; }
    public IReadOnlyList<StatSeries> Statistics { get; }
    public IReadOnlyList<FaqEntry> Faqs { get; }
    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>A content hash of the files the snapshot was built from (empty when built in code).</summary>
    public string Version { get; }

    /// <summary>The date of the latest event held: nothing later is known.</summary>
    public PartialDate AsOf { get; }

    public StatSeries? Series(string id) => _series.GetValueOrDefault(id);
    public FaqEntry? Faq(string id) => _faqs.GetValueOrDefault(id);
    public TimelineEvent? Event(string id) => _events.GetValueOrDefault(id);
    public GlossaryTerm? Term(string id) => _terms.GetValueOrDefault(id);

    /// <summary>
    /// The people an event's title names by family name ("First Lee–Ishiba summit"); of several who share one ("Lee"), those
    /// who held no office or were in office on the event's date.
    /// </summary>
    public IEnumerable<GlossaryTerm> PeopleNamedIn(TimelineEvent e)
    {
        var words = Text.Tokenizer.Words(Text.TextNormalizer.Fold(e.Title)).ToHashSet(StringComparer.Ordinal);
        return Glossary.Where(g => g.Kind == "person" && words.Contains(g.FamilyName) && (g.Office is null || g.InOfficeOn(e.Date.Start)));
    }

    /// <summary>The sources behind a list of ids, skipping unknown ones (the validator rejects those).</summary>
    public IReadOnlyList<Source> SourcesFor(IEnumerable<string> ids) =>
        [.. ids.Distinct(StringComparer.Ordinal).Select(id => Sources.GetValueOrDefault(id)).OfType<Source>()];
}
