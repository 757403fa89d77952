using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>Takes a typed question apart: names from the knowledge base, years and ranges, and cue words.</summary>
public static partial class QueryParser
{
    public static ParsedQuery Parse(string text, KnowledgeBase kb, DateOnly today)
    {
        var cleaned = TextNormalizer.Clean(text);
        var folded = TextNormalizer.Fold(cleaned);
        var lexicon = Lexicon.For(kb);
        var words = WithoutSouth(lexicon.Correct(Tokenizer.Words(folded)));
        // Corrected words are joined back so that cue patterns also see the corrected spelling.
        var wordText = string.Join(' ', words);
        // Cue patterns see both the text as typed ("what's") and the corrected words ("gsomia", "imports").
        var cueText = folded + " \n " + wordText;
        var hits = lexicon.Match(words, folded);

        var years = Cues.Year().Matches(folded).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        foreach (Match m in Cues.ShortYear().Matches(folded))
        {
            var yy = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            years.Add(yy <= today.Year % 100 ? 2000 + yy : 1900 + yy);
        }

        PartialDate? from = null, to = null;
        if (Cues.YearRange().Match(folded) is { Success: true } range)
        {
            var a = int.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture);
            (from, to) = (new PartialDate(Math.Min(a, b)), new PartialDate(Math.Max(a, b)));
        }
        else if (Cues.SinceYear().Match(folded) is { Success: true } since)
        {
            from = new PartialDate(int.Parse(since.Groups["a"].Value, CultureInfo.InvariantCulture));
        }
        else if (Cues.BeforeYear().Match(folded) is { Success: true } before)
        {
            to = new PartialDate(int.Parse(before.Groups["b"].Value, CultureInfo.InvariantCulture));
        }

        if (Cues.LastYear().IsMatch(cueText))
        {
            years.Add(today.Year - 1);
        }
        else if (NextCalendarYear().IsMatch(cueText) && !LeadingFollowUp().IsMatch(folded))
        {
            // "visitors next year" means the calendar year after this one; "and next year?" the one after the last answer.
            years.Add(today.Year + 1);
        }
        else if (Cues.ThisYear().IsMatch(cueText))
        {
            years.Add(today.Year);
        }

        var tenure = TenureRange(folded, hits, kb);
        if (tenure is not null && from is null && to is null)
        {
            (from, to) = tenure.Value;
        }

        var (month, day) = MonthWithYear(folded);
        var southKorea = Cues.SouthKorea().IsMatch(Cues.NorthKorea().Replace(cueText, " "));

        var operation = Cues.Compare().IsMatch(cueText) ? StatOperation.Compare
            : Cues.Peak().IsMatch(cueText) ? StatOperation.Peak
            : Cues.Lowest().IsMatch(cueText) ? StatOperation.Lowest
            : Cues.Change().IsMatch(cueText) ? StatOperation.Change
            : Cues.Latest().IsMatch(cueText) && years.Count == 0 ? StatOperation.Latest
            : Cues.Trend().IsMatch(cueText) || from is not null || to is not null ? StatOperation.Range
            : StatOperation.None;

        var calendarNextYear = NextCalendarYear().IsMatch(cueText) && !LeadingFollowUp().IsMatch(folded);
        var shift = Cues.NextYear().IsMatch(cueText) && !calendarNextYear ? 1 : Cues.PreviousYear().IsMatch(cueText) && !Cues.LastYear().IsMatch(cueText) ? -1 : 0;

        var nameWords = new HashSet<int>();
        foreach (var h in hits.Where(h => h.Start >= 0))
        {
            for (var k = h.Start; k < h.Start + h.Length; k++)
            {
                nameWords.Add(k);
            }
        }

        var content = words.Where((w, i) => !nameWords.Contains(i) && !CommonWords.Stop.Contains(w) && !w.All(char.IsDigit) && w.Length > 1)
            .ToList();

        return new ParsedQuery
        {
            Original = cleaned,
            Folded = folded,
            Words = words,
            Hits = hits,
            // Guessing a series from loose words is only safe when the question is about Japan and Korea at all.
            SeriesNamed = hits.Any(h => h.Kind == TargetKind.Series),
            StoredPhrasingFaqId = StoredPhrasings.Match(words, kb),
            SeriesIds = Ids(hits, TargetKind.Series) is { Count: > 0 } named ? named
                : Cues.JapanOrKorea().IsMatch(cueText) ? SeriesMatcher.Match(words, folded, kb) : [],
            FaqIds = Ids(hits, TargetKind.Faq),
            GlossaryIds = Ids(hits, TargetKind.Glossary),
            EventIds = Ids(hits, TargetKind.Event),
            Years = [.. years.Distinct()],
            Month = month,
            From = from,
            To = to,
            RangeIsTenure = tenure is not null && (from, to) == tenure.Value,
            Operation = operation,
            YearShift = shift,
            IsFollowUp = Cues.FollowUp().IsMatch(cueText),
            StartsAsFollowUp = LeadingFollowUp().IsMatch(folded),
            RefersBack = hits.Count == 0 && content.Count == 0 && words.Any(w => w is "it" or "he" or "she" or "they" or "them"),
            // "why does Korea object when PMs visit": "when" joins clauses there; only a leading "when" still asks for a date.
            AsksWhen = Cues.When().IsMatch(cueText) && (!Cues.Why().IsMatch(cueText) || folded.TrimStart().StartsWith("when", StringComparison.Ordinal)),
            AsksWho = Cues.Who().IsMatch(cueText),
            AsksWhatIs = Cues.WhatIs().IsMatch(cueText),
            AsksNaming = Cues.Naming().IsMatch(cueText),
            AsksTimeline = Cues.Timeline().IsMatch(cueText),
            AsksRecent = Cues.Recent().IsMatch(cueText),
            AsksWhoIsRight = Cues.WhoIsRight().IsMatch(cueText),
            AsksWhy = Cues.Why().IsMatch(cueText),
            AsksQuantity = Cues.Quantity().IsMatch(cueText),
            MentionsJapanOrKorea = Cues.JapanOrKorea().IsMatch(cueText),
            MentionsOffTopic = Cues.OffTopic().IsMatch(cueText),
            MentionsOtherCountry = Cues.OtherCountry().IsMatch(cueText) || Cues.NorthKorea().IsMatch(cueText),
            MentionsBothCountries = southKorea && Cues.JapanOnly().IsMatch(cueText),
            AsksDefinition = Cues.Definition().IsMatch(cueText),
            Day = day,
            RecognisedWords = words.Count(w => CommonWords.Stop.Contains(w) || CommonWords.NeverCorrect.Contains(w) || lexicon.Knows(w) || KnowledgeWords.For(kb).Contains(w))
                + (TextNormalizer.ContainsCjk(folded) && (hits.Count > 0 || Cues.JapanOrKorea().IsMatch(folded)) ? 1 : 0),
            ContentWords = content,
        };
    }

    /// <summary>"South Korea" is "Korea" in every alias: dropping "south" there lets "japanese tourists to south korea" match.</summary>
    private static IReadOnlyList<string> WithoutSouth(IReadOnlyList<string> words) =>
        [.. words.Where((w, i) => !(w == "south" && i + 1 < words.Count && words[i + 1] is "korea" or "korean" or "koreans"))];

    private static List<string> Ids(IEnumerable<LexiconHit> hits, TargetKind kind) =>
        [.. hits.Where(h => h.Kind == kind).Select(h => h.Id).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\bnext year\b|내년|来年")]
    private static partial Regex NextCalendarYear();

    [GeneratedRegex(@"^\s*(and|so|then|ok|what about|how about|same for)\b|^\s*(그럼|그러면|それで|じゃあ)")]
    private static partial Regex LeadingFollowUp();

    [GeneratedRegex(@"\b((?<d>[0-3]?[0-9])(st|nd|rd|th)?\s+(of\s+)?)?(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+((?<d2>[0-3]?[0-9])(st|nd|rd|th)?,?\s+)?(of\s+)?(?<y>1[89][0-9]{2}|20[0-9]{2})\b|(?<y>1[89][0-9]{2}|20[0-9]{2})\s*(년|年|-|/)\s*(?<n>1[0-2]|0?[1-9])\s*(월|月)?(\s*(?<d3>[0-3]?[0-9])\s*(일|日))?(?![0-9])")]
    private static partial Regex MonthYear();

    /// <summary>"June 2025", "3 Dec 2024", "December 3, 2024", "2024년 12월 3일", "2024年12月3日".</summary>
    private static (int? Month, int? Day) MonthWithYear(string folded)
    {
        var m = MonthYear().Match(folded);
        if (!m.Success)
        {
            return (null, null);
        }

        var month = m.Groups["m"].Success ? Cues.MonthNumber(m.Groups["m"].Value)
            : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var dayGroup = new[] { m.Groups["d"], m.Groups["d2"], m.Groups["d3"] }.FirstOrDefault(g => g.Success);
        int? day = dayGroup is null ? null : int.Parse(dayGroup.Value, CultureInfo.InvariantCulture);
        return (month, day is >= 1 and <= 31 ? day : null);
    }

    [GeneratedRegex(@"\b(since|under|during|in the)\b.{0,40}?\b(took office|came to power|became|was elected|inauguration|inaugurated|administration|government|presidency|premiership|term|era|took power)\b|\b(since|under|during)\s+(president|pm|prime minister)?\s*\w+|취임 이후|집권|政権|就任以来")]
    private static partial Regex TenureCue();

    /// <summary>"since Lee took office", "under Yoon": the named leader's term of office, from the glossary.</summary>
    private static (PartialDate? From, PartialDate? To)? TenureRange(string folded, IReadOnlyList<LexiconHit> hits, KnowledgeBase kb)
    {
        if (!TenureCue().IsMatch(folded))
        {
            return null;
        }

        var leaders = kb.Glossary.Where(g => g.InOfficeFrom is not null).ToList();
        var term = hits.Where(h => h.Kind == TargetKind.Glossary).Select(h => leaders.FirstOrDefault(g => g.Id == h.Id)).OfType<GlossaryTerm>().FirstOrDefault()
            // A bare surname ("since Lee took office") means the most recent leader of that name.
            ?? leaders.Where(g => Tokenizer.Words(TextNormalizer.Fold(g.English)).Take(1).Any(w => Tokenizer.Words(folded).Contains(w)))
                .MaxBy(g => g.InOfficeFrom);
        if (term?.InOfficeFrom is not { } start)
        {
            return null;
        }

        var since = folded.Contains("since", StringComparison.Ordinal) || folded.Contains("이후", StringComparison.Ordinal)
            || folded.Contains("以来", StringComparison.Ordinal);
        return (start, since ? null : term.InOfficeTo);
    }
}
