using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The terms of each entry's own words — names, aliases, definitions and summaries, in English and every translation —
/// that <see cref="Choosing.Coverage"/> credits an answer about that entry with ("koreans living in japan" → the residents
/// series). Built once per knowledge snapshot: tokenising these texts for every candidate of every question was the
/// largest single cost of routing.
/// </summary>
public sealed class EntryTerms
{
    private readonly Dictionary<string, HashSet<string>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _faqs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _glossary = new(StringComparer.Ordinal);

    public EntryTerms(KnowledgeBase kb)
    {
        foreach (var s in kb.Statistics)
        {
            _series.TryAdd(s.Id, TermsOf(SeriesTexts(s)));
        }

        foreach (var e in kb.Timeline)
        {
            _events.TryAdd(e.Id, TermsOf(EventTexts(e)));
        }

        foreach (var f in kb.Faqs)
        {
            _faqs.TryAdd(f.Id, TermsOf(FaqTexts(f)));
        }

        // First wins, as a lookup by id over the list would.
        foreach (var g in kb.Glossary)
        {
            _glossary.TryAdd(g.Id, TermsOf(GlossaryTexts(g)));
        }
    }

    /// <summary>
    /// The term sets of the entries an answer is about (none unless it answers). Handed out as they are, not copied: a
    /// union built for every candidate of every question cost more than looking a term up in each.
    /// </summary>
    public IEnumerable<IReadOnlySet<string>> Of(Answer answer)
    {
        if (answer.Context is not { } c || answer.Outcome != Outcome.Answer)
        {
            yield break;
        }

        foreach (var id in c.SeriesIds)
        {
            if (_series.TryGetValue(id, out var own))
            {
                yield return own;
            }
        }

        if (c.EventId is { } e && _events.TryGetValue(e, out var ev))
        {
            yield return ev;
        }

        // A FAQ's words count only for the FAQ's own answer, not for an event or series answer that remembers its topic.
        if (c.FaqId is { } f && answer.Intent == IntentNames.Faq && _faqs.TryGetValue(f, out var faq))
        {
            yield return faq;
        }

        if (c.GlossaryId is { } g && _glossary.TryGetValue(g, out var term))
        {
            yield return term;
        }
    }

    private static HashSet<string> TermsOf(IEnumerable<string> texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            terms.UnionWith(PassageIndex.TermsOf(text));
        }

        return terms;
    }

    // The entry's own words, and what it says in the translations (until answers come in the asker's language, a Korean
    // question is matched against the Korean text of the English answer's entries). Each text is tokenised on its own, as
    // the terms of a text joined from them could differ at the joins.
    private static IEnumerable<string> SeriesTexts(StatSeries s)
    {
        yield return s.Name + " " + string.Join(' ', s.Aliases) + " " + s.Definition;
        foreach (var lang in Langs.Translated)
        {
            yield return s.Text(lang) is var t && t.Lang == lang ? t.Name + " " + t.Definition : "";
        }
    }

    private static IEnumerable<string> EventTexts(TimelineEvent ev)
    {
        yield return ev.Title + " " + string.Join(' ', ev.Aliases) + " " + string.Join(' ', ev.Tags);
        foreach (var lang in Langs.Translated)
        {
            yield return ev.Text(lang) is var t && t.Lang == lang ? t.Title + " " + t.Summary + " " + t.Significance : "";
        }
    }

    private static IEnumerable<string> FaqTexts(FaqEntry faq)
    {
        yield return faq.Title + " " + string.Join(' ', faq.Aliases);
        foreach (var lang in Langs.Translated)
        {
            yield return faq.For(lang) is var t && t.Lang == lang ? t.Title + " " + t.Summary + " " + string.Join(' ', t.Positions.Select(p => p.Body)) : "";
        }
    }

    private static IEnumerable<string> GlossaryTexts(GlossaryTerm term)
    {
        yield return string.Join(' ', term.AllNames);
        foreach (var lang in Langs.Translated)
        {
            yield return term.Text(lang) is var t && t.Lang == lang ? t.Description : "";
        }
    }
}
