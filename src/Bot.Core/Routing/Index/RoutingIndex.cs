using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Index;

/// <summary>
/// Everything the router precomputes from one knowledge snapshot: the names it answers to, the word weights used to rank
/// events and series, the FAQ phrasings and who held which office. Built once per snapshot (see <see cref="RoutingIndexCache"/>),
/// before a reloaded snapshot goes live, so no question pays for building it.
/// </summary>
public sealed class RoutingIndex
{
    public RoutingIndex(KnowledgeBase kb)
    {
        Knowledge = kb;
        KnowledgeWords = Index.KnowledgeWords.Build(kb);
        Lexicon = new Lexicon(kb, KnowledgeWords);
        Series = new SeriesMatcher(kb);
        Events = new EventMatcher(kb);
        Phrasings = new StoredPhrasings(kb);
        Passages = new PassageIndex(kb);
        EntryTerms = new EntryTerms(kb);
        FaqTerms = new FaqTerms(kb);
        CjkTopics = new CjkTopicWords(kb);
        OfficeHolders = kb.Glossary.Where(g => g.Office is not null).ToLookup(g => g.Office!, StringComparer.Ordinal);
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Every word the knowledge base uses: a question using one is probably in scope.</summary>
    public HashSet<string> KnowledgeWords { get; }

    public Lexicon Lexicon { get; }

    public SeriesMatcher Series { get; }

    public EventMatcher Events { get; }

    public StoredPhrasings Phrasings { get; }

    /// <summary>Sentences of every entry, for detail questions a template answer leaves uncovered.</summary>
    public PassageIndex Passages { get; }

    /// <summary>The terms of each entry's names and texts, which cover a question's words for an answer about that entry.</summary>
    public EntryTerms EntryTerms { get; }

    /// <summary>The terms of each FAQ topic, phrasing and section, which the FAQ intent compares questions with.</summary>
    public FaqTerms FaqTerms { get; }

    /// <summary>Three-character pieces of the Korean and Japanese titles, which tie a question in those languages to a topic.</summary>
    public CjkTopicWords CjkTopics { get; }

    /// <summary>Terms of candidate answers' texts, remembered while this snapshot serves.</summary>
    public AnswerTextTerms AnswerTexts { get; } = new();

    /// <summary>The glossary people by the office they held.</summary>
    public ILookup<string, GlossaryTerm> OfficeHolders { get; }
}

/// <summary>
/// The <see cref="RoutingIndex"/> of the current snapshot and the one being prepared: a reload's warmer builds the next
/// index while the old one keeps serving, and questions never wait for a build.
/// </summary>
public sealed class RoutingIndexCache
{
    private readonly Lock _gate = new();
    private RoutingIndex? _current;
    private RoutingIndex? _previous;

    public RoutingIndex For(KnowledgeBase kb)
    {
        var current = _current;
        if (ReferenceEquals(current?.Knowledge, kb))
        {
            return current!;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_current?.Knowledge, kb))
            {
                return _current!;
            }

            if (ReferenceEquals(_previous?.Knowledge, kb))
            {
                return _previous!;
            }

            // Keep the one before: a question that started on the old snapshot finishes on its index.
            var built = new RoutingIndex(kb);
            (_previous, _current) = (_current, built);
            return built;
        }
    }
}
