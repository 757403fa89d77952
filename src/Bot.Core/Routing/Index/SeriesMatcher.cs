using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>
/// Finds the statistics series a question means when it names none exactly ("how many korean tourists went to
/// japan"): words shared with series names and aliases, weighted by how rare they are across series, plus
/// direction ("Korean … Japan" vs "Japanese … Korea").
/// </summary>
public sealed partial class SeriesMatcher
{
    /// <summary>Below this weight no series is meant (one rare word, or two common ones).</summary>
    private const double MinScore = 0.5;

    /// <summary>What being named by an alias is worth against the other words' weights.</summary>
    private const double NamedBoost = 0.5;

    /// <summary>What asking for a share is worth to a series counted in percent: more than an alias's head start and a matching direction together.</summary>
    private const double ShareBoost = 1.2;

    private sealed record SeriesWords(string Id, HashSet<string> Words, int Direction, bool InPercent);

    private readonly IReadOnlyList<SeriesWords> _series;
    private readonly IReadOnlyDictionary<string, double> _weight;

    /// <summary>For each word, the series whose names use it: a question's words are looked up once, not in every series' set.</summary>
    private readonly Dictionary<string, List<int>> _usedBy;

    public SeriesMatcher(KnowledgeBase kb)
    {
        _series = [.. kb.Statistics.Select(s => new SeriesWords(
            s.Id,
            s.Aliases.Append(s.Name).SelectMany(a => Tokenizer.Words(TextNormalizer.Fold(a)))
                .Where(w => !CommonWords.Stop.Contains(w) && w.Length > 2).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal),
            Direction(TextNormalizer.Fold(s.Name)),
            s.Unit == StatUnit.Percent))];
        _weight = _series.SelectMany(s => s.Words).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => 1.0 / g.Count(), StringComparer.Ordinal);
        _usedBy = WordUsers.Of([.. _series.Select(s => s.Words)]);
    }

    /// <summary>
    /// Each series' weight of the words it shares with the query, added word by word in the query's order (so every sum is
    /// the one a pass over the query for each series gives, to the last bit).
    /// </summary>
    private double[] SharedWeights(HashSet<string> query)
    {
        var weights = new double[_series.Count];
        foreach (var w in query)
        {
            if (_usedBy.TryGetValue(w, out var series))
            {
                foreach (var i in series)
                {
                    weights[i] += _weight[w];
                }
            }
        }

        return weights;
    }

    /// <summary>
    /// The series the words mean, best first (two when they tie). Series named by an alias count extra, but the rest of
    /// the question can still overrule a shared alias ("the Genron NPO–EAI survey … Japanese … of Korea").
    /// </summary>
    public IReadOnlyList<string> Match(IReadOnlyList<string> words, string folded, IReadOnlyCollection<string>? named = null)
    {
        // A word, what it stands for, and what that stands for ("travelled" → "travel" → "visitor").
        var query = words.Where(w => !CommonWords.Stop.Contains(w) && !w.Any(char.IsDigit)).Select(Terms.Stem)
            .SelectMany(w => new[] { w, Synonym(w), Synonym(Synonym(w)) }).ToHashSet(StringComparer.Ordinal);
        if (query.Count == 0)
        {
            return [];
        }

        var direction = Direction(folded);
        // "between Japan and Korea", "both ways": the series that count both directions.
        var bothWays = BothWays().IsMatch(folded);
        // "What share of Korea's exports …": a question asking for a proportion means a series counted in percent.
        var asksShare = AsksShare().IsMatch(folded);
        var shared = SharedWeights(query);
        var scored = _series
            .Select((s, i) => (s.Id, Score: shared[i] + (named?.Contains(s.Id) == true ? NamedBoost : 0)
                // A share's name puts the whole first ("Japan's share of South Korea's exports"): its word order says
                // nothing about direction, so direction is not weighed when a share is asked.
                + (asksShare ? (s.InPercent ? ShareBoost : 0)
                    : bothWays ? (s.Direction == 0 ? 0.3 : -0.1) : direction != 0 && s.Direction != 0 ? (direction == s.Direction ? 0.3 : -0.3) : 0)))
            .Where(x => x.Score >= MinScore)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // Equal scores mean the question doesn't say which (e.g. "visitors" without a direction): show both.
        return [.. scored.TakeWhile(x => Math.Abs(x.Score - scored[0].Score) < 1e-9).Take(2).Select(x => x.Id)];
    }

    /// <summary>
    /// "What about the other direction?": the series counting the same thing the other way (Korean visitors to Japan ↔
    /// Japanese visitors to Korea), or null when there is none.
    /// </summary>
    public string? Mirror(string id)
    {
        var self = _series.FirstOrDefault(s => s.Id == id);
        if (self is null || self.Direction == 0)
        {
            return null;
        }

        return _series.Where(s => s.Direction == -self.Direction && s.Id != id)
            .Select(s => (s.Id, Shared: s.Words.Count(self.Words.Contains)))
            .Where(x => x.Shared >= 2)
            .OrderByDescending(x => x.Shared)
            .Select(x => x.Id)
            .FirstOrDefault();
    }

    /// <summary>
    /// "And Koreans about Japan?" in a thread on how Japanese see Korea: the text names both countries, the other way
    /// round from the series.
    /// </summary>
    public bool NamesOtherWay(string id, string folded) =>
        _series.FirstOrDefault(s => s.Id == id) is { Direction: not 0 } self
        && ((FirstIndex(KoreaWord(), folded) >= 0 && FirstIndex(JapanWord(), folded) >= 0 && Direction(folded) == -self.Direction)
            // "so how much did the japanese number go up?" after how Koreans see Japan: the other country's respondents.
            || (OneSide().Match(folded) is { Success: true } side && Direction(side.Value) == -self.Direction));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bthe (japanese|korean) (number|figure|one|side|share|reading|result|results|respondents|public|people|view)\b|\b(japanese|korean) (respondents|public opinion)\b|일본인(들)?(은|의|쪽)|한국인(들)?(은|의|쪽)|일본 쪽|한국 쪽|日本人(側)?(は|の)|韓国人(側)?(は|の)|日本側|韓国側")]
    private static partial System.Text.RegularExpressions.Regex OneSide();

    /// <summary>+1 when Korea is named before Japan, −1 for the reverse, 0 when only one or neither is named.</summary>
    public static int Direction(string folded)
    {
        var korea = FirstIndex(KoreaWord(), folded);
        var japan = FirstIndex(JapanWord(), folded);
        return korea < 0 && japan < 0 ? 0
            : japan < 0 ? 1
            : korea < 0 ? -1
            : korea < japan ? 1 : -1;
    }

    private static int FirstIndex(System.Text.RegularExpressions.Regex word, string text) =>
        word.Match(text) is { Success: true } m ? m.Index : -1;

    [System.Text.RegularExpressions.GeneratedRegex(@"\bbetween (japan|korea|south korea|the two)\b.{0,20}\b(and|&)\b|\bboth (ways|directions)\b|two-way|two way|each other|한일 간|양국 간|日韓間|両国間")]
    private static partial System.Text.RegularExpressions.Regex BothWays();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|which) (share|percentage|proportion|percent)\b|\bshare of\b|\bper ?cent of\b|비중|비율|점유율|割合|シェア|比率")]
    private static partial System.Text.RegularExpressions.Regex AsksShare();

    [System.Text.RegularExpressions.GeneratedRegex(@"korea|\bkr\b|\brok\b|seoul|한국|韓国")]
    private static partial System.Text.RegularExpressions.Regex KoreaWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"japan|\bjp\b|nippon|tokyo|일본|日本")]
    private static partial System.Text.RegularExpressions.Regex JapanWord();

    /// <summary>The series word an everyday word stands for ("liv" → "resident"), or the word itself.</summary>
    public static string Synonym(string stem) => Synonyms.GetValueOrDefault(stem, stem);

    /// <summary>Everyday words for what the series measure ("bought" → imports, "positive" → good impression).</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["buy"] = "import", ["bought"] = "import", ["purchas"] = "import",
        ["sell"] = "export", ["sold"] = "export", ["ship"] = "export",
        ["positiv"] = "good", ["favourabl"] = "good", ["favorabl"] = "good", ["lik"] = "good", ["lov"] = "good",
        ["view"] = "impression", ["opinion"] = "impression", ["feeling"] = "impression", ["attitud"] = "impression",
        ["negativ"] = "bad", ["unfavourabl"] = "bad", ["unfavorabl"] = "bad", ["dislik"] = "bad", ["hat"] = "bad",
        ["travell"] = "travel", ["tourist"] = "visitor", ["travel"] = "visitor", ["traveller"] = "visitor", ["traveler"] = "visitor", ["trip"] = "visitor", ["visit"] = "visitor", ["went"] = "visitor",
        ["liv"] = "resident", ["reside"] = "resident",
    };
}
