using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Text;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// Reads a message once: splits it into its questions and, for each, the answer type, targets, period, scope and any claim
/// to check. Everything downstream reads these records; nothing parses the text again.
/// </summary>
public static partial class QuestionReader
{
    /// <summary>The parts of a message, in order (one for most messages).</summary>
    public static IReadOnlyList<QuestionPart> Read(string text, RoutingIndex index, DateOnly today)
    {
        var pieces = QuestionSplitter.Split(TextNormalizer.Clean(text));
        var parts = new List<QuestionPart>(pieces.Count);
        foreach (var piece in pieces)
        {
            var part = ReadPart(piece, index, today);
            if (parts.Count > 0 && WithSubject(piece, part, parts[^1]) is { } spelledOut)
            {
                part = ReadPart(spelledOut, index, today);
            }

            parts.Add(parts.Count == 0 ? part : part with { FollowUp = part.FollowUp with { Continues = true } });
        }

        return parts;
    }

    /// <summary>
    /// "When was GSOMIA signed and when did Seoul try to end it?": inside one message, "it" is the name the part before
    /// used ("GSOMIA"), not the answer it got (the signing). The part is read again with the name in place of the pronoun.
    /// </summary>
    private static string? WithSubject(string piece, QuestionPart part, QuestionPart before)
    {
        // "Relations will collapse, right? When will it happen?": after a prediction, "it" is the foretold thing, not a name.
        if (part.Wording.Hits.Count > 0 || before.Asking.Type == AnswerType.Prediction || Pronoun().Match(piece) is not { Success: true } pronoun)
        {
            return null;
        }

        // "Who followed him?" is left to the thread: the person's answer carries the office to follow.
        var hit = before.Wording.Hits.Where(h => h.Start >= 0).OrderBy(h => h.Start).FirstOrDefault();
        if (hit is null || hit.Kind == TargetKind.Series)
        {
            return null;
        }

        var name = string.Join(' ', before.Wording.Words.Skip(hit.Start).Take(hit.Length));
        return piece[..pronoun.Index] + name + piece[(pronoun.Index + pronoun.Length)..];
    }

    [GeneratedRegex(@"^\W*(what|how|why|who|when|where|which|did|does|do|is|was|were|wasnt|isnt|are|can|could|will|would|tell)\b")]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\bit\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>One question, already split off from its message.</summary>
    public static QuestionPart ReadPart(string text, RoutingIndex index, DateOnly today)
    {
        var kb = index.Knowledge;
        var cleaned = TextNormalizer.Clean(text);
        var folded = TextNormalizer.Fold(cleaned);
        var lexicon = index.Lexicon;
        var words = WithoutSouth(lexicon.Correct(Tokenizer.Words(folded)));
        // Cue patterns see both the text as typed ("what's") and the corrected words ("gsomia", "imports").
        var cueText = folded + " \n " + string.Join(' ', words);
        var hits = lexicon.Match(words, folded);

        var period = PeriodReader.Read(folded, cueText, hits, kb, today);
        var nameWords = new HashSet<int>();
        var asksDuration = HowLong().IsMatch(folded);
        // "Who's Japan's PM these days?": the time is read already; left as words to match, "days" makes a passage that
        // happens to hold it look more on topic than the office holder.
        var asksNow = period.Relative == TimeWord.Now;
        foreach (var h in hits.Where(h => h.Start >= 0))
        {
            for (var k = h.Start; k < h.Start + h.Length; k++)
            {
                nameWords.Add(k);
            }
        }

        // Words that only say how to answer ("timeline", "latest") or were read as the period ("since Lee took office")
        // are not what the question is about.
        var content = words.Where((w, i) => !nameWords.Contains(i) && !CommonWords.Stop.Contains(w) && !w.All(char.IsDigit) && w.Length > 1
                && !CueWords.Contains(w) && !(period.IsTenure && (TenureWords.Contains(w) || LeaderName(w, kb)))
                && !(asksDuration && DurationWords.Contains(w))
                && !(asksNow && NowWords.Contains(w)))
            .ToList();
        var scope = new Scope(
            JapanOrKorea: Cues.JapanOrKorea().IsMatch(cueText),
            BothCountries: Cues.SouthKorea().IsMatch(Cues.NorthKorea().Replace(cueText, " ")) && Cues.JapanOnly().IsMatch(cueText),
            OffTopic: Cues.OffTopic().IsMatch(cueText),
            OtherCountry: Cues.OtherCountry().IsMatch(cueText) || Cues.NorthKorea().IsMatch(cueText));
        var asking = AnswerTypeReader.Read(folded, cueText, period, kb, hits);
        var seriesHits = Ids(hits, TargetKind.Series);
        // "Exports + imports", "imports … times … exports": a sum or a ratio of the series named means every one of
        // them, so none is narrowed away.
        if (seriesHits.Count > 1 && !Cues.Compare().IsMatch(cueText) && !asking.Combined && asking.Computation is not (Computation.Ratio or Computation.Difference)
            && index.Series.Match(words, folded, seriesHits).Intersect(seriesHits).ToList() is { Count: > 0 } narrowed)
        {
            // An alias several series share ("Genron NPO–EAI survey"): the other words ("Koreans", "bad") and the
            // direction ("Japanese … of Korea") pick one.
            seriesHits = narrowed;
        }
        else if (seriesHits.Count == 1 && asking.Operation != StatOperation.Change
            && index.Series.Match(words, folded, seriesHits) is [var better] && better != seriesHits[0])
        {
            // A name inside a longer ask ("what *share* of Korea's exports …"): the rest of the words mean another series
            // even after the named one's head start. "By what percent did imports change" asks the change of the named one.
            seriesHits = [better];
        }

        var targets = new Targets
        {
            SeriesNamed = seriesHits.Count > 0,
            // Guessing a series from loose words is only safe when the question is about Japan and Korea at all.
            SeriesIds = seriesHits.Count > 0 ? seriesHits
                : (scope.JapanOrKorea || hits.Count > 0 || Cues.Quantity().IsMatch(cueText)) && !GovernmentView().IsMatch(folded)
                    ? index.Series.Match(words, folded) : [],
            FaqIds = Ids(hits, TargetKind.Faq),
            GlossaryIds = Ids(hits, TargetKind.Glossary),
            EventIds = Ids(hits, TargetKind.Event),
            StoredPhrasingFaqId = index.Phrasings.Match(words),
            Office = OfficeReader.Read(cueText),
        };
        // "jp tourists to korea 2013": a bare phrase with no series named outright, but its words found one and a year is
        // given, so it asks for a figure, as "japanese visitors to korea in 2013" would. A sentence ("what went down in
        // seoul on 3 dec 2024") is not read this way: its loose words guess series too easily.
        if (!targets.SeriesNamed && targets.SeriesIds.Count > 0 && period.HasPeriod && asking.Type == AnswerType.Overview
            && asking.Signals.Count == 0 && content.Count <= 2 && !QuestionWord().IsMatch(folded))
        {
            asking = asking with { Type = AnswerTypeReader.WithFigures(asking.Type, asking.Operation, period) };
        }

        var startsAsFollowUp = LeadingFollowUp().IsMatch(folded);
        var refersBack = hits.Count == 0 && content.Count == 0 && (words.Any(w => w is "it" or "he" or "she" or "they" or "them" or "that" or "there")
            || CjkPronoun().IsMatch(folded));
        var recognised = words.Count(w => CommonWords.Stop.Contains(w) || CommonWords.NeverCorrect.Contains(w) || lexicon.Knows(w) || index.KnowledgeWords.Contains(w))
            + (TextNormalizer.ContainsCjk(folded) && (hits.Count > 0 || Cues.JapanOrKorea().IsMatch(folded)) ? 1 : 0);
        return new QuestionPart
        {
            Wording = new Wording(cleaned, folded, words, hits, content, recognised),
            Asking = asking,
            Targets = targets,
            Period = period,
            Scope = scope,
            FollowUp = new FollowUpCue(Cues.FollowUp().IsMatch(cueText) || CjkFollowUp().IsMatch(folded), startsAsFollowUp, refersBack, NeedsContext: false),
            Claim = asking.Type == AnswerType.Claim ? ClaimReader.Read(cleaned, folded) : null,
        };
    }

    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal)
    {
        "timeline", "chronology", "events", "event", "history", "latest", "recent", "recently", "current", "currently", "newest",
        "now", "today", "nowadays", "lately", "wat", "whats", "happend", "hapened", "please", "pls", "thanks", "lol", "exactly",
        "tell", "explain", "list", "overview", "summary", "briefly", "quick", "quickly", "question", "answer", "developments",
        "development", "news", "updates", "update", "happenings", "info", "information", "details", "detail",
    };

    /// <summary>"How long did it last?": the words of a duration question say how to answer, not about what.</summary>
    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal)
    {
        "now", "right", "these", "days", "currently", "current", "moment", "present", "presently", "nowadays", "today",
    };

    private static readonly HashSet<string> DurationWords = new(StringComparer.Ordinal)
    {
        "long", "last", "lasted", "take", "took", "go", "went", "stay", "stayed", "continue", "continued",
    };

    /// <summary>
    /// "How does Seoul view that?", "Tokyo's stance": a government's position, not an opinion poll of the public, though
    /// "view" is also a poll word.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(seoul|tokyo|(south korean|korean|japanese) government)\b('s)?\s+(\w+\s+){0,2}(view|views|viewed|see|sees|saw|think|thinks|position|stance|take)\b|\b(how|what) (does|did|do) (seoul|tokyo)\b")]
    private static partial System.Text.RegularExpressions.Regex GovernmentView();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow long\b")]
    private static partial System.Text.RegularExpressions.Regex HowLong();

    private static readonly HashSet<string> TenureWords = new(StringComparer.Ordinal)
    {
        "took", "take", "taking", "office", "administration", "government", "presidency", "premiership", "term", "era", "tenure",
        "inauguration", "inaugurated", "came", "power", "president", "prime", "minister", "pm",
    };

    private static bool LeaderName(string word, KnowledgeBase kb) =>
        kb.Glossary.Any(g => g.InOfficeFrom is not null && Tokenizer.Words(TextNormalizer.Fold(g.English)).Contains(word));

    /// <summary>"South Korea" is "Korea" in every alias: dropping "south" there lets "japanese tourists to south korea" match.</summary>
    private static IReadOnlyList<string> WithoutSouth(IReadOnlyList<string> words) =>
        [.. words.Where((w, i) => !(w == "south" && i + 1 < words.Count && words[i + 1] is "korea" or "korean" or "koreans"))];

    private static List<string> Ids(IEnumerable<LexiconHit> hits, TargetKind kind) =>
        [.. hits.Where(h => h.Kind == kind).Select(h => h.Id).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^\s*(and|so|then|ok|what about|how about|same for)\b|^\s*(그럼|그러면|그리고|그건|그거|그때|それで|じゃあ|では|それは|その)")]
    internal static partial Regex LeadingFollowUp();

    [GeneratedRegex(@"^\s*(그거|그건|그게|그때|그|그럼|이건|それ|その|あれ|これ)|(그거|그건|그게|それ|あれ)(는|은|が|は|も|を)?\s*[?？]?\s*$")]
    private static partial Regex CjkPronoun();

    [GeneratedRegex(@"그럼|그러면|그리고|그 다음|그다음|그때|그건|그거|それで|じゃあ|その後|それから|あと|その時|当時")]
    private static partial Regex CjkFollowUp();
}
