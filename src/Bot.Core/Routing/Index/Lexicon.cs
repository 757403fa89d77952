using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

public enum TargetKind
{
    Series,
    Faq,
    Glossary,
    Event,
}

/// <summary>A name from the knowledge base found in a question.</summary>
public sealed record LexiconHit(TargetKind Kind, string Id, string Phrase, int Start, int Length);

/// <summary>
/// Every name the knowledge base answers to (series aliases, FAQ aliases, glossary names, event aliases),
/// indexed for matching typed questions. Part of the snapshot's <see cref="RoutingIndex"/>.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<Entry> _cjk = [];
    private readonly Dictionary<int, List<string>> _vocabularyByLength = [];
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    private sealed record Entry(string[] Words, string Cjk, TargetKind Kind, string Id, string Phrase);

    private readonly HashSet<string> _textWords;

    public Lexicon(KnowledgeBase kb, HashSet<string> knowledgeWords)
    {
        _textWords = knowledgeWords;
        foreach (var s in kb.Statistics)
        {
            Add(TargetKind.Series, s.Id, s.Aliases.Append(s.Name));
        }

        foreach (var f in kb.Faqs)
        {
            Add(TargetKind.Faq, f.Id, f.Aliases.Concat(f.Title.Split('/', StringSplitOptions.TrimEntries)));
        }

        foreach (var g in kb.Glossary)
        {
            Add(TargetKind.Glossary, g.Id, g.AllNames);
        }

        foreach (var e in kb.Timeline)
        {
            Add(TargetKind.Event, e.Id, e.Aliases);
        }

        // The country names are too common to match on, but a typo of them ("japn", "korae") should still be fixed.
        foreach (var core in CoreWords)
        {
            _vocabulary.Add(core);
        }

        // Longest names first, so "한일기본조약" wins over a shorter name inside it (a stable sort: equal lengths keep
        // their order). Sorted once here rather than for every question.
        _cjk = [.. _cjk.OrderByDescending(e => e.Cjk.Length)];

        foreach (var word in _vocabulary)
        {
            if (!_vocabularyByLength.TryGetValue(word.Length, out var list))
            {
                _vocabularyByLength[word.Length] = list = [];
            }

            list.Add(word);
        }
    }

    private void Add(TargetKind kind, string id, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var folded = TextNormalizer.Fold(TextNormalizer.Clean(name));
            if (TextNormalizer.ContainsCjk(folded))
            {
                var cjk = new string([.. folded.Where(c => !char.IsWhiteSpace(c))]);
                if (cjk.Count(TextNormalizer.IsCjk) >= 2 && !CjkGeneric.Contains(cjk))
                {
                    _cjk.Add(new Entry([], cjk, kind, id, name));
                }

                continue;
            }

            var words = Tokenizer.Words(folded).ToArray();
            // A name made only of generic words ("Korea", "the two countries") would match every question.
            if (words.Length == 0 || words.All(CommonWords.Stop.Contains))
            {
                continue;
            }

            var entry = new Entry(words, "", kind, id, name);
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            if (!list.Any(e => e.Kind == kind && e.Id == id && e.Words.SequenceEqual(words)))
            {
                list.Add(entry);
            }

            foreach (var w in words.Where(w => !CommonWords.Stop.Contains(w)))
            {
                _vocabulary.Add(w);
            }
        }
    }

    private static readonly string[] CoreWords = ["japan", "korea", "korean", "koreans", "japanese", "relations", "diplomatic", "establish", "happened", "between"];

    private static readonly HashSet<string> CjkGeneric = new(StringComparer.Ordinal) { "한국", "일본", "日本", "韓国", "한일", "日韓" };

    /// <summary>True when the word names something in the knowledge base.</summary>
    public bool Knows(string word) => _vocabulary.Contains(word);

    /// <summary>Replaces misspelt words with the knowledge word they are one (or, for long words, two) edits from.</summary>
    public IReadOnlyList<string> Correct(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = CorrectWord(words[i]);
        }

        return result;
    }

    /// <summary>Chat shorthand for the two countries ("jp tourists to kr"): read as the country it stands for.</summary>
    private static readonly Dictionary<string, string> CountryShorthand = new(StringComparer.Ordinal)
    {
        ["jp"] = "japan", ["jpn"] = "japan", ["kr"] = "korea", ["kor"] = "korea", ["rok"] = "korea",
    };

    private string CorrectWord(string word)
    {
        if (CountryShorthand.TryGetValue(word, out var country))
        {
            return country;
        }

        // A word the knowledge base itself uses ("incorporate") is spelt right even if no alias contains it.
        if (word.Length < 4 || _vocabulary.Contains(word) || _textWords.Contains(word) || CommonWords.Stop.Contains(word)
            || CommonWords.NeverCorrect.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        var max = word.Length >= 8 ? 2 : 1;
        if (word.Length == 4)
        {
            // Four letters leave too little to go on, except for the handful of words every question uses.
            return CoreWords.FirstOrDefault(c => EditDistance.Bounded(word, c, 1) <= 1) ?? word;
        }

        string? best = null;
        var bestDistance = max + 1;
        for (var len = word.Length - max; len <= word.Length + max; len++)
        {
            if (!_vocabularyByLength.TryGetValue(len, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var d = EditDistance.Bounded(word, candidate, max);
                if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }

        return best ?? word;
    }

    /// <summary>Finds names in the question: longest phrase first, left to right; CJK names by substring.</summary>
    public IReadOnlyList<LexiconHit> Match(IReadOnlyList<string> words, string folded)
    {
        var hits = new List<LexiconHit>();
        var i = 0;
        while (i < words.Count)
        {
            var best = 0;
            List<Entry>? bestEntries = null;
            if (_byFirstWord.TryGetValue(words[i], out var entries))
            {
                foreach (var e in entries)
                {
                    if (e.Words.Length < best || i + e.Words.Length > words.Count)
                    {
                        continue;
                    }

                    var matches = true;
                    for (var k = 1; k < e.Words.Length && matches; k++)
                    {
                        matches = words[i + k] == e.Words[k];
                    }

                    if (!matches)
                    {
                        continue;
                    }

                    if (e.Words.Length > best)
                    {
                        best = e.Words.Length;
                        bestEntries = [];
                    }

                    bestEntries!.Add(e);
                }
            }

            if (bestEntries is null)
            {
                i++;
                continue;
            }

            foreach (var e in bestEntries)
            {
                hits.Add(new LexiconHit(e.Kind, e.Id, e.Phrase, i, best));
            }

            i += best;
        }

        if (TextNormalizer.ContainsCjk(folded))
        {
            // "한국인들" is the plural of the "한국인" a name holds.
            var compact = new string([.. folded.Where(c => !char.IsWhiteSpace(c))]).Replace("인들", "인", StringComparison.Ordinal);
            // A name can only be inside the question if its first character, and its first two side by side, are: set
            // lookups rule out nearly all of the thousand-odd names before any substring search (common first characters
            // such as 한, 일, 日 and 韓 alone let hundreds through).
            var chars = new HashSet<char>(compact);
            var pairs = new HashSet<int>();
            for (var k = 1; k < compact.Length; k++)
            {
                pairs.Add((compact[k - 1] << 16) | compact[k]);
            }

            var cjk = new List<LexiconHit>();
            foreach (var e in _cjk) // longest first (sorted when built)
            {
                if (chars.Contains(e.Cjk[0]) && (e.Cjk.Length < 2 || pairs.Contains((e.Cjk[0] << 16) | e.Cjk[1]))
                    && compact.Contains(e.Cjk, StringComparison.Ordinal)
                    && !hits.Any(h => h.Kind == e.Kind && h.Id == e.Id) && !cjk.Any(h => h.Kind == e.Kind && h.Id == e.Id))
                {
                    cjk.Add(new LexiconHit(e.Kind, e.Id, e.Phrase, -1, e.Cjk.Length));
                }
            }

            var names = cjk.Where(h => h.Kind != TargetKind.Series).Select(h => Compact(h.Phrase)).ToList();
            hits.AddRange(cjk.Where(h => h.Kind != TargetKind.Series || !InsideLongerNames(compact, Compact(h.Phrase), names)));
        }

        return hits;
    }

    /// <summary>
    /// Every place the name occurs overlaps another name at least as long, found already: "対韓輸出" in "対韓輸出規制" is part of
    /// the export controls ("輸出規制"), not the exports series.
    /// </summary>
    private static bool InsideLongerNames(string compact, string name, List<string> others) =>
        Occurrences(compact, name).All(at => others.Any(o => o.Length >= name.Length && !o.Equals(name, StringComparison.Ordinal)
            && Occurrences(compact, o).Any(from => from < at + name.Length && from + o.Length > at)));

    private static string Compact(string phrase) => new([.. phrase.Where(c => !char.IsWhiteSpace(c))]);

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
