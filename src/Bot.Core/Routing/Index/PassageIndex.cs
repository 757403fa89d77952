using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>One sentence of the knowledge base with the entry it belongs to (and so its sources and date).</summary>
/// <summary>One sentence of an entry, in <see cref="Lang"/> (the title stays English: it names the entry).</summary>
public sealed record Passage(string Kind, string EntryId, string Title, string Text, IReadOnlyList<string> SourceIds, PartialDate? Date, Lang Lang = Lang.En);

/// <summary>A passage and how well it matches a question part.</summary>
public sealed record PassageMatch(Passage Passage, double Score, double Coverage);

/// <summary>
/// Every sentence of every entry (event summaries and significance, FAQ text, statistics notes, glossary lines), indexed
/// by stemmed English words and Korean/Japanese character pairs. A detail a template leaves out ("which eight
/// prefectures", "how many votes") is usually one sentence away: this finds it, in memory, in well under a millisecond.
/// </summary>
public sealed partial class PassageIndex
{
    private readonly List<Passage> _passages = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public PassageIndex(KnowledgeBase kb)
    {
        // Every entry in English and in each translation: a Korean question finds the Korean sentence of the entry, which
        // carries the same facts and sources as the English one.
        foreach (var lang in Langs.All)
        {
            AddEntries(kb, lang);
        }

        foreach (var (term, list) in _postings)
        {
            _idf[term] = Math.Log(1 + (_passages.Count / (double)list.Count));
        }
    }

    private void AddEntries(KnowledgeBase kb, Lang lang)
    {
        Lang? translated = lang == Lang.En ? null : lang;
        foreach (var e in kb.Timeline)
        {
            var t = e.Text(lang);
            if (translated is not null && t.Lang != lang)
            {
                continue;
            }

            foreach (var sentence in Sentences(t.Summary).Append(t.Significance))
            {
                Add(new Passage(ChunkKinds.Event, e.Id, e.Title, sentence, e.SourceIds, e.Date, lang), t.Title);
            }
        }

        foreach (var f in kb.Faqs)
        {
            var t = f.For(lang);
            if (translated is not null && t.Lang != lang)
            {
                continue;
            }

            foreach (var sentence in Sentences(t.Summary))
            {
                Add(new Passage(ChunkKinds.Faq, f.Id, f.Title, sentence, f.SourceIds, null, lang), t.Title);
            }

            for (var i = 0; i < t.Sections.Count; i++)
            {
                var section = t.Sections[i];
                var heading = i < f.Sections.Count ? f.Sections[i].Heading : section.Heading;
                foreach (var sentence in Sentences(section.Body))
                {
                    Add(new Passage(ChunkKinds.Faq, f.Id, $"{f.Title}: {heading}", sentence, f.SourceIds, null, lang), t.Title + " " + section.Heading);
                }
            }
        }

        foreach (var s in kb.Statistics)
        {
            var t = s.Text(lang);
            if (translated is not null && t.Lang != lang)
            {
                continue;
            }

            var sources = s.Points.SelectMany(p => p.SourceIds).Distinct(StringComparer.Ordinal).ToList();
            foreach (var sentence in Sentences(t.Notes ?? "").Concat(Sentences(t.Definition)))
            {
                Add(new Passage(ChunkKinds.Series, s.Id, s.Name, sentence, sources, null, lang), t.Name);
            }

            foreach (var p in s.Points.Where(p => p.Note is not null))
            {
                Add(new Passage(ChunkKinds.Series, s.Id, $"{s.Name} ({p.Label})", $"{t.Name}, {p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}. {p.NoteIn(lang)}",
                    p.SourceIds, new PartialDate(p.Year), lang), t.Name);
            }
        }

        foreach (var g in kb.Glossary)
        {
            var t = g.Text(lang);
            if (translated is not null && t.Lang != lang)
            {
                continue;
            }

            var sources = g.RelatedFaq.Select(kb.Faq).OfType<FaqEntry>().SelectMany(f => f.SourceIds.Take(1)).ToList();
            foreach (var sentence in Sentences(t.Description).Concat(Sentences(t.Note ?? "")))
            {
                Add(new Passage(ChunkKinds.Term, g.Id, g.English, sentence, sources, g.InOfficeFrom, lang), $"{g.English} {g.Korean} {g.Japanese}");
            }
        }
    }

    public int Count => _passages.Count;

    /// <summary>The terms a text is matched on: stemmed English words and CJK character pairs.</summary>
    /// <summary>The Korean/Japanese character pairs of a text alone.</summary>
    public static IEnumerable<string> CjkTerms(string text)
    {
        foreach (var run in CjkRuns(TextNormalizer.Fold(text)))
        {
            for (var i = 0; i + 1 < run.Length; i++)
            {
                yield return run.Substring(i, 2);
            }
        }
    }

    public static HashSet<string> TermsOf(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var set = Terms.Of(folded).Where(w => w.Length > 1).Concat(Phrases.Of(folded)).ToHashSet(StringComparer.Ordinal);
        foreach (var run in CjkRuns(folded))
        {
            for (var i = 0; i + 1 < run.Length; i++)
            {
                set.Add(run.Substring(i, 2));
            }
        }

        return set;
    }

    /// <summary>
    /// The Korean and Japanese content of a text in runs: question words and endings (언제, 알려줘, いつ, ですか) and Japanese
    /// hiragana (particles and endings) break a run, so character pairs come from names and terms, not from grammar.
    /// </summary>
    internal static IEnumerable<string> CjkRuns(string folded)
    {
        // Most texts are English: they have no runs, and the stop-word pass over a whole answer body is the costly part.
        if (!TextNormalizer.ContainsCjk(folded))
        {
            yield break;
        }

        var text = CjkStop().Replace(folded, " ");
        var run = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (TextNormalizer.IsCjk(c) && c is not (>= '\u3040' and <= '\u309f'))
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"언제|누구|누가|무엇|뭐야|뭐였|뭐임|뭐예요|뭔가요|뭐뭐|얼마|어디|어떻게|어땠|왜|알려줘|알려주세요|말해줘|입니까|인가요|이에요|예요|였어|였나요|했어|됐어|있어|있었|었어|요즘|지금|현재|그때|당시|그럼|그리고|그거|그건|그게|진짜|맞지|맞아|이었|이야|이에|에서|으로|에게|까지|부터|이랑|하고|라고|대해|관해|한국|일본|한일|일한|양국|관계|사건|誰|何|教えて|現在|最近|今の|日本|韓国|日韓|韓日|両国|関係|出来事|について")]
    private static partial System.Text.RegularExpressions.Regex CjkStop();

    /// <summary>How much a term says (0 for one no passage uses).</summary>
    public double Weight(string term) => _idf.GetValueOrDefault(term, 0);

    /// <summary>The passages that share the most (rare) terms with the part, boosted by the entries and years it names.</summary>
    public IReadOnlyList<PassageMatch> Search(QuestionPart part, int max, IReadOnlySet<string>? query = null)
    {
        query ??= TermsOf(part.Wording.Original + " " + string.Join(' ', part.Wording.Words));
        var total = query.Sum(Weight);
        if (total <= 0)
        {
            return [];
        }

        // Scores in an array, and the passages in the order first reached (the order ties keep). The array is as long as
        // the index (every passage in every language): rented and cleared rather than allocated for every question.
        var scores = System.Buffers.ArrayPool<double>.Shared.Rent(_passages.Count);
        Array.Clear(scores, 0, _passages.Count);
        var reached = new List<int>();
        try
        {
            foreach (var term in query)
            {
                if (_postings.TryGetValue(term, out var list))
                {
                    var w = _idf[term];
                    foreach (var i in list)
                    {
                        if (scores[i] == 0)
                        {
                            reached.Add(i);
                        }

                        scores[i] += w;
                    }
                }
            }

            return Best(part, reached, scores, total, max);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// The best <paramref name="max"/> of the reached passages, highest score first and ties in the order reached — what
    /// a stable sort of them all would put first — kept in a short list as they are scored: a common word reaches
    /// thousands of passages, and a match built and sorted for each of them was most of a search's cost.
    /// </summary>
    private List<PassageMatch> Best(QuestionPart part, List<int> reached, double[] scores, double total, int max)
    {
        var targets = part.Targets;
        var years = part.Period.Years;
        var yearTexts = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var top = new List<(int Passage, double Score, double Coverage)>(max + 1);
        // The most a boost can add: a passage that could not beat the last kept one even with it is not looked at (most
        // reached passages share one common word), which skips its name and year checks but never changes the result.
        var maxBoost = 0.25 + (years.Count > 0 ? 0.15 : 0);
        foreach (var index in reached)
        {
            var coverage = scores[index] / total;
            if (max <= 0 || (top.Count == max && coverage + maxBoost <= top[^1].Score))
            {
                continue;
            }

            var p = _passages[index];
            var boost = Named(p, targets) ? 0.25 : 0;
            if (years.Count > 0)
            {
                boost += (p.Date is { } d && years.Contains(d.Year)) || MentionsAny(p.Text, yearTexts) ? 0.15 : -0.1;
            }

            var score = coverage + boost;
            if (max <= 0 || (top.Count == max && score <= top[^1].Score))
            {
                continue;
            }

            // After every kept passage with an equal or higher score: an equal score reached later ranks later.
            var at = top.Count;
            while (at > 0 && top[at - 1].Score < score)
            {
                at--;
            }

            top.Insert(at, (index, score, coverage));
            if (top.Count > max)
            {
                top.RemoveAt(max);
            }
        }

        return [.. top.Select(t => new PassageMatch(_passages[t.Passage], t.Score, t.Coverage))];
    }

    private static bool MentionsAny(string text, string[] yearTexts)
    {
        foreach (var y in yearTexts)
        {
            if (text.Contains(y, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Named(Passage p, Targets t) => p.Kind switch
    {
        ChunkKinds.Event => t.EventIds.Contains(p.EntryId),
        ChunkKinds.Faq => t.FaqIds.Contains(p.EntryId),
        ChunkKinds.Series => t.SeriesIds.Contains(p.EntryId),
        ChunkKinds.Term => t.GlossaryIds.Contains(p.EntryId),
        _ => false,
    };

    private void Add(Passage passage, string context)
    {
        var index = _passages.Count;
        _passages.Add(passage);
        // The entry's title words count too: "the Nara summit" finds its sentences even when they say "the summit".
        var terms = TermsOf(passage.Text + " " + context);
        foreach (var t in terms)
        {
            if (!_postings.TryGetValue(t, out var list))
            {
                _postings[t] = list = [];
            }

            list.Add(index);
        }
    }

    /// <summary>Sentences of a paragraph (Markdown bullets and line breaks end a sentence too).</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c == '\n' || ((c is '.' or '?' or '!' or '。') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))
                && !IsAbbreviation(text, i));
            if (end)
            {
                var sentence = text[start..(i + 1)].Trim().TrimStart('-', '*', '•', ' ');
                if (sentence.Length > 1)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        var rest = text[start..].Trim().TrimStart('-', '*', '•', ' ');
        if (rest.Length > 1)
        {
            yield return rest;
        }
    }

    // "U.S.", "Jan.", "No." end with a dot but not a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 1 || word is "U.S" or "No" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec" or "Mr" or "Ms" or "Dr" or "St" or "vs" or "etc" or "approx" or "ca";
    }
}
