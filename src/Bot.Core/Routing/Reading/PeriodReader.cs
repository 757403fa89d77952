using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Text;

namespace Bot.Core.Routing.Reading;

/// <summary>The time a question part is about: years, ranges, decades, a month or day, a leader's term, or "now"/"then".</summary>
internal static partial class PeriodReader
{
    public static Period Read(string folded, string cueText, IReadOnlyList<LexiconHit> hits, KnowledgeBase kb, DateOnly today)
    {
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
        else if (Season(folded) is { } season)
        {
            (from, to) = season;
        }
        else if (Decade(folded) is { } decade)
        {
            (from, to) = decade;
            years.RemoveAll(y => y >= from.Value.Year && y <= to.Value.Year && y % 10 == 0);
        }
        else if (Cues.SinceYear().Match(folded) is { Success: true } since)
        {
            from = new PartialDate(int.Parse(since.Groups["a"].Value, CultureInfo.InvariantCulture));
        }
        else if (Cues.BeforeYear().Match(folded) is { Success: true } before)
        {
            to = new PartialDate(int.Parse(before.Groups["b"].Value, CultureInfo.InvariantCulture));
        }

        var leadingFollowUp = QuestionReader.LeadingFollowUp().IsMatch(folded);
        if (Cues.LastYear().IsMatch(cueText))
        {
            years.Add(today.Year - 1);
        }
        else if (NextCalendarYear().IsMatch(cueText) && !leadingFollowUp)
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
        var calendarNextYear = NextCalendarYear().IsMatch(cueText) && !leadingFollowUp;
        var shift = Cues.NextYear().IsMatch(cueText) && !calendarNextYear ? 1
            : Cues.PreviousYear().IsMatch(cueText) && !Cues.LastYear().IsMatch(cueText) ? -1 : 0;
        var relative = Now().IsMatch(cueText) ? TimeWord.Now
            : Then().IsMatch(cueText) ? TimeWord.Then
            : Cues.Recent().IsMatch(cueText) ? TimeWord.Recent
            : Cues.Latest().IsMatch(cueText) && years.Count == 0 ? TimeWord.Latest
            : TimeWord.None;
        return new Period
        {
            Years = [.. years.Distinct()],
            Month = month,
            Day = day,
            From = from,
            To = to,
            IsTenure = tenure is not null && (from, to) == tenure.Value,
            YearShift = shift,
            Relative = relative,
            DaysAfter = DaysAfter(folded),
        };
    }

    /// <summary>"a month later", "two days after", "한 달 후", "이틀 뒤", "2日後", "1か月後": the days it says, or null.</summary>
    private static int? DaysAfter(string folded)
    {
        if (Later().Match(folded) is not { Success: true } m)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        var unit = m.Groups["unit"].Value;
        // "The year after" is the year shift's; only a counted year ("two years later") is an offset.
        if (n.Length == 0 && unit is "year" && m.Groups["days"].Value.Length == 0)
        {
            return null;
        }

        var count = m.Groups["days"].Value switch
        {
            "이틀" => 2,
            "사흘" => 3,
            _ => n switch
            {
                "" or "a" or "an" or "one" or "한" or "一" => 1,
                "two" or "두" or "二" => 2,
                "three" or "세" or "三" => 3,
                "a few" or "several" => 3,
                _ => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) && k is > 0 and < 1000 ? k : 1,
            },
        };
        var days = m.Groups["days"].Value.Length > 0 ? 1 : unit switch
        {
            "week" or "주" or "週間" => 7,
            "month" or "달" or "개월" or "か月" or "ヶ月" or "カ月" => 30,
            "year" or "년" or "年" => 365,
            _ => 1,
        };
        return count * days;
    }

    [GeneratedRegex(@"\b((?<n>\d+|a|an|one|two|three|a few|several)\s+)?(?<unit>day|week|month|year)s?\s+(later|after(wards)?)\b|(?<days>이틀|사흘)\s*(후|뒤)|(?<n>\d+|한|두|세)\s*(?<unit>일|주|달|개월|년)\s*(후|뒤)|(?<n>\d+|一|二|三)\s*(?<unit>日|週間|か月|ヶ月|カ月|年)\s*後")]
    private static partial Regex Later();

    [GeneratedRegex(@"\b(right now|now|currently|current|these days|at the moment|at present|presently|today|nowadays|as of now)\b|지금|현재|요즘|현직|今の|今は|現在|現職|いまの")]
    private static partial Regex Now();

    [GeneratedRegex(@"\b(then|at the time|at that time|back then|that time|in those days|that (same )?year|the same year)\b|그때|그 때|당시|그 당시|그해|그 해|같은 해|当時|その時|そのとき|その年|同じ年|同年")]
    private static partial Regex Then();

    [GeneratedRegex(@"\bnext year\b|내년|来年")]
    private static partial Regex NextCalendarYear();

    [GeneratedRegex(@"\b(?<season>spring|summer|autumn|fall|winter)\s+(of\s+)?(?<y>1[89][0-9]{2}|20[0-9]{2})\b|(?<y>1[89][0-9]{2}|20[0-9]{2})\s*(년\s*)?(?<season>봄|여름|가을|겨울)|(?<y>1[89][0-9]{2}|20[0-9]{2})\s*年\s*の?\s*(?<season>春|夏|秋|冬)")]
    private static partial Regex SeasonPattern();

    /// <summary>"the summer of 2026" → June–August 2026; "2025년 가을", "2026年夏".</summary>
    private static (PartialDate, PartialDate)? Season(string folded)
    {
        var m = SeasonPattern().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return m.Groups["season"].Value switch
        {
            "spring" or "봄" or "春" => (new PartialDate(y, 3), new PartialDate(y, 5)),
            "summer" or "여름" or "夏" => (new PartialDate(y, 6), new PartialDate(y, 8)),
            "autumn" or "fall" or "가을" or "秋" => (new PartialDate(y, 9), new PartialDate(y, 11)),
            _ => (new PartialDate(y, 12), new PartialDate(y + 1, 2)),
        };
    }

    [GeneratedRegex(@"\b(the\s+)?(?<part>early|mid|middle|late|end of the|start of the|beginning of the)?[\s-]*(?<decade>(1[89]|20)[0-9]0)'?s\b|(?<decade>(1[89]|20)[0-9]0)\s*(년대|年代)\s*(?<cjk>초반|중반|후반|초|말|前半|半ば|後半|末)?")]
    private static partial Regex DecadePattern();

    /// <summary>"the late 2000s" → 2007–2009; "the 2010s" → 2010–2019; "2010년대 후반", "2000年代後半".</summary>
    private static (PartialDate, PartialDate)? Decade(string folded)
    {
        var m = DecadePattern().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var start = int.Parse(m.Groups["decade"].Value, CultureInfo.InvariantCulture);
        var part = m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["cjk"].Value;
        var (a, b) = part switch
        {
            "early" or "start of the" or "beginning of the" or "초반" or "초" or "前半" => (0, 3),
            "mid" or "middle" or "중반" or "半ば" => (4, 6),
            "late" or "end of the" or "후반" or "말" or "後半" or "末" => (7, 9),
            _ => (0, 9),
        };
        return (new PartialDate(start + a), new PartialDate(start + b));
    }

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

    [GeneratedRegex(@"\b(since|under|during|in the)\b.{0,40}?\b(took office|came to power|became|was elected|inauguration|inaugurated|administration|government|presidency|premiership|term|era|took power)\b|\b(since|under|during)\s+(president|pm|prime minister)?\s*\w+|취임 이후|집권|政権|就任以来|\bfrom\s+(president|pm|prime minister)?\s*\w+.{0,30}?\b(to|until|till|through)\b")]
    private static partial Regex TenureCue();

    /// <summary>"From Lee Myung-bak to today": a span that runs up to now.</summary>
    [GeneratedRegex(@"\b(to|until|till|through) (today|now|the present|present day|this day|date)\b")]
    private static partial Regex ToNow();

    /// <summary>"since Lee took office", "under Yoon": the named leader's term of office, from the glossary.</summary>
    private static (PartialDate? From, PartialDate? To)? TenureRange(string folded, IReadOnlyList<LexiconHit> hits, KnowledgeBase kb)
    {
        if (!TenureCue().IsMatch(folded))
        {
            return null;
        }

        var leaders = kb.Glossary.Where(g => g.InOfficeFrom is not null).ToList();
        var named = hits.Where(h => h.Kind == TargetKind.Glossary).Select(h => leaders.FirstOrDefault(g => g.Id == h.Id)).OfType<GlossaryTerm>().ToList();
        // "From Lee Myung-bak to Yoon": from the first one's start to the last one's end.
        if (named.Count >= 2 && folded.Contains("from", StringComparison.Ordinal))
        {
            var first = named.MinBy(g => g.InOfficeFrom)!;
            var last = named.MaxBy(g => g.InOfficeFrom)!;
            return (first.InOfficeFrom, last.InOfficeTo);
        }

        var term = named.FirstOrDefault()
            // A bare surname ("since Lee took office") means the most recent leader of that name.
            ?? leaders.Where(g => Tokenizer.Words(TextNormalizer.Fold(g.English)).Take(1).Any(w => Tokenizer.Words(folded).Contains(w)))
                .MaxBy(g => g.InOfficeFrom);
        if (term?.InOfficeFrom is not { } start)
        {
            return null;
        }

        var since = folded.Contains("since", StringComparison.Ordinal) || folded.Contains("이후", StringComparison.Ordinal)
            || folded.Contains("以来", StringComparison.Ordinal) || ToNow().IsMatch(folded);
        return (start, since ? null : term.InOfficeTo);
    }
}
