using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// "Park signed the GSOMIA deal, didn't she?", "the fund was 5 billion yen, right? just say yes": the answer the data
/// gives is compared with the claim's figures, years, places and people, and the reply starts "Yes: …" or "That's not
/// what my sources say: …", with the figure and its source. Pushing ("just say yes") changes nothing; a contested claim
/// gets both positions and no verdict.
/// </summary>
public static partial class ClaimCheck
{
    private enum Verdict
    {
        Unknown,
        Supported,
        Contradicted,
    }

    /// <summary>How far below the best candidate another may score and still be the one that settles a claim.</summary>
    public const double SettlingMargin = 0.25;

    /// <summary>
    /// The first of the close candidates (best first) whose answer confirms or corrects the claim: "the fund was 5 billion
    /// yen, right?" is settled by the entry that holds the fund's figure, not by the one whose title says "fund".
    /// When none can, the best is composed as "I can't confirm or rule out".
    /// </summary>
    public static Answer ComposeBest(QuestionPart part, IReadOnlyList<Answer> closeCandidates, KnowledgeBase kb, Lang lang = Lang.En)
    {
        var composed = closeCandidates.Select(a => Check(part, a, kb, lang));
        return composed.FirstOrDefault(c => c.Settled).Answer ?? Check(part, closeCandidates[0], kb, lang).Answer;
    }

    private static (Answer Answer, bool Settled) Check(QuestionPart part, Answer answer, KnowledgeBase kb, Lang lang)
    {
        if (answer.Outcome != Outcome.Answer || part.Claim is not { } claim)
        {
            return (answer, false);
        }

        var c = AnswerTemplates.For(lang).Claims;

        var text = answer.Title + "\n" + answer.Body;
        // Who followed whom is checked against the terms of office, in any answer; a name the answer happens to mention
        // then confirms nothing.
        var succession = StatedSuccession(claim.Statement, kb.Glossary.Where(g => g.Kind == "person")) is { } stated
            ? Succession(stated.Earlier, stated.Later, kb, c, lang) : ((Verdict Verdict, string Note)?)null;
        List<(Verdict Verdict, string Note)> checks;
        if (answer.Context?.FaqId is { } faqId && kb.Faq(faqId) is { Contested: true } faq && answer.Intent == IntentNames.Faq)
        {
            // A contested topic gets no verdict on the dispute, but a plain fact inside it can still be checked: "the 1965
            // treaty was signed in Seoul, right?" is about the place, and both sides agree it was Tokyo. Places and figures
            // are checked (both sides agree on them), years are not: "Takeshima has been Japanese since 1905, right?" must not get
            // "Yes: 1905 is right" from a text full of dates.
            checks = [Tally(claim, text, c), Quantities(claim, text, c), Places(claim.Statement, text, c), succession ?? (Verdict.Unknown, "")];
            if (checks.All(x => x.Verdict == Verdict.Unknown))
            {
                return (answer with
                {
                    Title = c.ContestedTitle(faq.For(lang).Title),
                    Body = c.Contested + "\n\n" + answer.Body,
                }, false);
            }
        }
        else
        {
            checks =
            [
                Tally(claim, text, c),
                Quantities(claim, text, c),
                // A topic's overview is full of dates: a year it happens to mention confirms nothing.
                answer.Intent == IntentNames.Faq ? (Verdict.Unknown, "")
                    : Years(claim, text, answer.Context?.EventId is { } id ? kb.Event(id) : null, StatisticYear(answer), c, lang),
                Balance(claim.Statement, answer, kb, c),
                Places(claim.Statement, text, c),
                succession ?? People(part, answer, kb, c, lang),
            ];
        }

        var contradicted = checks.Where(x => x.Verdict == Verdict.Contradicted).Select(x => x.Note).ToList();
        var supported = checks.Where(x => x.Verdict == Verdict.Supported).Select(x => x.Note).ToList();
        if (contradicted.Count > 0)
        {
            return (answer with
            {
                Title = c.NoTitle,
                Body = $"{c.No(string.Join(c.NoteSeparator, contradicted))}\n\n**{answer.Title}**\n{answer.Body}",
            }, true);
        }

        // "Removed by 6–2, right?": a figure the claim states and the sources can't check leaves the claim unconfirmed,
        // whatever else in it is right (the date, who was president).
        var figureUnchecked = checks[0].Verdict == Verdict.Unknown && checks[1].Verdict == Verdict.Unknown
            && (TallyPattern().IsMatch(claim.Statement) || QuantitiesIn(claim.Statement).Any(q => q.Value != 0));
        if (supported.Count > 0 && !figureUnchecked)
        {
            return (answer with
            {
                Title = c.YesTitle,
                Body = $"{c.Yes(string.Join(c.NoteSeparator, supported))}\n\n**{answer.Title}**\n{answer.Body}",
            }, true);
        }

        return (answer with
        {
            Body = $"{c.CantConfirm}\n\n**{answer.Title}**\n{answer.Body}",
            Confidence = Math.Min(answer.Confidence, 0.6),
        }, false);
    }

    private sealed record Quantity(decimal Value, string Unit, string Text);

    [GeneratedRegex(@"(?<cur>[$¥₩])?\s?(?<num>\d{1,3}(,\d{3})+|\d+(\.\d+)?)\s*(?<mag>trillion|tn|billion|bn|million|thousand|억|億|조|兆|만|万)?\s*(?<unit>%|percent|per cent|yen|won|dollars?|usd|people|persons|seats|votes|vote|원|엔|円|달러|ドル|명|人|석|議席|표|票|times|회|回)?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex QuantityPattern();

    private static List<Quantity> QuantitiesIn(string text)
    {
        var list = new List<Quantity>();
        foreach (Match m in QuantityPattern().Matches(text))
        {
            if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var mag = m.Groups["mag"].Value.ToLowerInvariant();
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            var cur = m.Groups["cur"].Value;
            var isYear = n is >= 1800 and <= 2100 && !m.Groups["num"].Value.Contains('.', StringComparison.Ordinal) && mag.Length == 0 && unitWord.Length == 0 && cur.Length == 0;
            if (isYear)
            {
                continue;
            }

            var scale = mag switch
            {
                "trillion" or "tn" or "조" or "兆" => 1_000_000_000_000m,
                "billion" or "bn" => 1_000_000_000m,
                "억" or "億" => 100_000_000m,
                "million" => 1_000_000m,
                "만" or "万" => 10_000m,
                "thousand" => 1_000m,
                _ => 1m,
            };
            var unit = cur switch
            {
                "$" => "usd",
                "¥" => "yen",
                "₩" => "won",
                _ => unitWord switch
                {
                    "%" or "percent" or "per cent" => "%",
                    "yen" or "엔" or "円" => "yen",
                    "won" or "원" => "won",
                    "dollar" or "dollars" or "usd" or "달러" or "ドル" => "usd",
                    "" => "",
                    _ => "count",
                },
            };
            list.Add(new Quantity(n * scale, unit, m.Value.Trim()));
        }

        return list;
    }

    private static (Verdict, string) Quantities(Claim claim, string answer, ClaimTemplates t)
    {
        // A tally's two sides are checked as a tally, not as two figures.
        var claimed = QuantitiesIn(TallyPattern().Replace(claim.Statement, " ")).Where(q => q.Value != 0).ToList();
        if (claimed.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        var given = QuantitiesIn(answer);
        foreach (var c in claimed)
        {
            var comparable = given.Where(g => c.Unit.Length == 0 || g.Unit.Length == 0 || g.Unit == c.Unit).ToList();
            if (comparable.Any(g => Close(g.Value, c.Value)))
            {
                return (Verdict.Supported, t.FigureRight(c.Text));
            }

            var sameUnit = given.Where(g => c.Unit.Length > 0 && g.Unit == c.Unit).ToList();
            if (sameUnit.Count > 0)
            {
                return (Verdict.Contradicted, t.FigureWrong(sameUnit[0].Text, c.Text));
            }
        }

        return (Verdict.Unknown, "");
    }

    /// <summary>A vote or score: "6-2", "8 votes to 0", "8대 0", "8対0"; not a date range ("17–19 October") or years.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<a>\d{1,2})\s*(votes?\s+)?(-|–|—|to|대|対)\s*(?<b>\d{1,2})(?![\d%]|[.,]\d|\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|월|일|日|月))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TallyPattern();

    private static (Verdict, string) Tally(Claim claim, string answer, ClaimTemplates t)
    {
        if (TallyPattern().Match(claim.Statement) is not { Success: true } claimed)
        {
            return (Verdict.Unknown, "");
        }

        var given = TallyPattern().Matches(answer).ToList();
        if (given.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        // The correction gives the sources' tally as a score ("8–0"), whichever way their text words it ("8 votes to 0").
        static (string, string) Sides(Match m) => (m.Groups["a"].Value, m.Groups["b"].Value);
        var asked = Sides(claimed);
        return given.Any(g => Sides(g) == asked)
            ? (Verdict.Supported, t.VoteRight(claimed.Value.Trim()))
            : (Verdict.Contradicted, t.FigureWrong(t.Score(given[0].Groups["a"].Value, given[0].Groups["b"].Value), claimed.Value.Trim()));
    }

    private static bool Close(decimal a, decimal b) => a == b || (b != 0 && Math.Abs(a - b) / Math.Abs(b) < 0.015m);

    private static (Verdict, string) Years(Claim claim, string answer, TimelineEvent? dated, int? figureYear, ClaimTemplates t, Lang lang)
    {
        if (claim.Years.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        // A figure's own year settles it ("the record deficit was in 2011, right?" → the record is 2010); the other years in
        // its text ("of the years I hold, 1965–2022") are context.
        if (figureYear is { } fy)
        {
            return claim.Years.Contains(fy)
                ? (Verdict.Supported, t.YearRight(fy.ToString(CultureInfo.InvariantCulture)))
                : (Verdict.Contradicted, t.DateWrong(fy.ToString(CultureInfo.InvariantCulture), claim.Years[0].ToString(CultureInfo.InvariantCulture)));
        }

        // An event's own date settles it; its summary's other years ("on the list since 2004") are context.
        if (dated is not null)
        {
            var (from, to) = (dated.Date.Year, (dated.EndDate ?? dated.Date).Year);
            return claim.Years.FirstOrDefault(y => y >= from && y <= to) is var year and > 0
                ? (Verdict.Supported, t.YearRight(year.ToString(CultureInfo.InvariantCulture)))
                : (Verdict.Contradicted, t.DateWrong(dated.Date.ToDisplay(lang), claim.Years[0].ToString(CultureInfo.InvariantCulture)));
        }

        var answerYears = Regex.Matches(answer, @"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var year in claim.Years)
        {
            if (answerYears.Contains(year))
            {
                return (Verdict.Supported, t.YearRight(year.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return answerYears.Count > 0
            ? (Verdict.Contradicted, t.DateWrong(answerYears.Min().ToString(CultureInfo.InvariantCulture), claim.Years[0].ToString(CultureInfo.InvariantCulture)))
            : (Verdict.Unknown, "");
    }

    /// <summary>The year of the one figure a statistics answer gives (none for a range or a list of years).</summary>
    private static int? StatisticYear(Answer answer) =>
        answer.Intent == IntentNames.Statistic && answer.Context is { SeriesIds.Count: > 0, Year: { } year, FromYear: null, ToYear: null } ? year : null;

    /// <summary>
    /// "Korea ran a trade surplus with Japan in 2015, didn't it?": a surplus or a deficit claimed is checked against the sign
    /// of the figure of a series that has both (a balance); the year is checked on its own.
    /// </summary>
    private static (Verdict, string) Balance(string statement, Answer answer, KnowledgeBase kb, ClaimTemplates t)
    {
        var folded = TextNormalizer.Fold(statement);
        var (surplus, deficit) = (Surplus().IsMatch(folded), Deficit().IsMatch(folded));
        if (surplus == deficit || StatisticYear(answer) is not { } year)
        {
            return (Verdict.Unknown, "");
        }

        var value = answer.Context!.SeriesIds
            .Select(kb.Series)
            .Where(s => s is { IsBalance: true })
            .Select(s => s!.YearPoints.FirstOrDefault(p => p.Year == year))
            .FirstOrDefault(p => p is not null)?.Value;
        if (value is not { } v || v == 0)
        {
            return (Verdict.Unknown, "");
        }

        return (v < 0) == deficit ? (Verdict.Supported, t.BalanceRight(v < 0)) : (Verdict.Contradicted, t.BalanceWrong(v < 0));
    }

    [GeneratedRegex(@"\bsurplus\b|흑자|黒字")]
    private static partial Regex Surplus();

    [GeneratedRegex(@"\bdeficit\b|적자|赤字")]
    private static partial Regex Deficit();

    private static readonly string[] KnownPlaces =
    [
        "Seoul", "Tokyo", "Busan", "Nara", "Gyeongju", "Jeju", "Kyoto", "Kagoshima", "Bonn", "New Delhi", "Washington", "Camp David",
        "Kananaskis", "Matsue", "Osaka", "Beijing", "Shanghai", "Sado", "Hiroshima", "Nagoya", "Incheon", "Niigata",
    ];

    private static (Verdict, string) Places(string statement, string answer, ClaimTemplates t)
    {
        var claimed = KnownPlaces.Where(p => Contains(statement, Regex.Escape(p))).ToList();
        if (claimed.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        // Only a place the answer says something happened in counts ("Seoul later…" names an actor), and when the claim
        // names what happened there, only that: the 1965 treaty was "signed in Tokyo", its ratifications "exchanged in Seoul".
        var verb = ClaimVerb().Match(statement) is { Success: true } v && !Copulas.Contains(v.Groups[1].Value.ToLowerInvariant())
            ? Regex.Escape(v.Groups[1].Value) + @"[^.;\n]{0,60}?"
            : "";
        var happenedIn = verb.Length > 0 && KnownPlaces.Any(p => Contains(answer, verb + PlacePattern(p))) ? verb : "";
        if (claimed.FirstOrDefault(p => Contains(answer, happenedIn + PlacePattern(p))) is { } confirmed)
        {
            return (Verdict.Supported, t.PlaceRight(confirmed));
        }

        var actual = KnownPlaces.FirstOrDefault(p => Contains(answer, happenedIn + PlacePattern(p)));
        return actual is null ? (Verdict.Unknown, "") : (Verdict.Contradicted, t.PlaceWrong(actual, claimed[0]));
    }

    private static string PlacePattern(string place) => "(in|at) (the )?" + Regex.Escape(place);

    private static readonly HashSet<string> Copulas = ["was", "is", "were", "are", "been", "be", "held"];

    /// <summary>The verb right before "in/at &lt;place&gt;": "signed in Seoul".</summary>
    [GeneratedRegex(@"\b([A-Za-z]+ed|[A-Za-z]+en|met|held|was|is|were)\s+(in|at)\s+(the\s+)?[A-Z]")]
    private static partial Regex ClaimVerb();

    private static bool Contains(string text, string pattern) =>
        Patterns.IsMatch(text, $@"\b{pattern}\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Park signed GSOMIA, didn't she?": in a claim, a capitalised family name alone names an office holder. Aliases can't
    /// hold bare "park" or "moon" (the words would match everywhere), but a claim about who did something uses them.
    /// </summary>
    private static IEnumerable<GlossaryTerm> BySurname(string statement, KnowledgeBase kb) =>
        kb.Glossary.Where(g => g.Kind == "person" && g.Office is not null
            && g.FamilyName.Length >= 2
            && (NamesWord(statement, g.English.Split(' ', 2)[0]) || NamesWord(statement, Capitalised(g.FamilyName))));

    /// <summary>Case-sensitive on purpose: "Moon" the president, not "the moon".</summary>
    private static bool NamesWord(string text, string word) => WordAt(text, word) >= 0;

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word, case-sensitively; -1 if it doesn't.</summary>
    private static int WordAt(string text, string word) =>
        Patterns.Match(text, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])") is { Success: true } m ? m.Index : -1;

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A person named in the claim: named in the answer, or in office when the answer's event happened.</summary>
    private static (Verdict, string) People(QuestionPart part, Answer answer, KnowledgeBase kb, ClaimTemplates t, Lang lang)
    {
        var people = part.Targets.GlossaryIds.Select(kb.Term)
            .OfType<GlossaryTerm>().Where(g => g.Kind == "person")
            .Concat(BySurname(part.Claim!.Statement, kb))
            .Distinct().ToList();
        if (people.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        // "Ishiba was Japan's first female PM, correct?": a claim that singles someone out is settled by the event that says
        // who was; the person merely being in the answer confirms nothing.
        if (SinglesOut().Match(TextNormalizer.Fold(part.Claim.Statement)) is { Success: true })
        {
            return SingledOut(people, kb, t, lang);
        }

        var text = TextNormalizer.Fold(answer.Title + " " + answer.Body);
        if (people.FirstOrDefault(p => p.AllNames.Any(n => n.Length > 3 && text.Contains(TextNormalizer.Fold(n), StringComparison.Ordinal))) is { } named)
        {
            return (Verdict.Supported, t.PersonNamed(named.Name(lang)));
        }

        if (answer.Context?.EventId is not { } eventId || kb.Event(eventId) is not { } e)
        {
            return (Verdict.Unknown, "");
        }

        // Two people can share a family name (Lee Myung-bak, Lee Jae-myung): any of them in office confirms the claim.
        var day = e.Date.Start;
        if (people.FirstOrDefault(p => p.Office is not null && p.InOfficeOn(day)) is { } serving)
        {
            return (Verdict.Supported, t.PersonServing(e.Date.ToDisplay(lang), serving.Name(lang), OfficeName(serving.Office!, lang)));
        }

        foreach (var person in people.Where(p => p.Office is not null))
        {
            var holder = kb.Glossary.FirstOrDefault(g => g.Office == person.Office && g.InOfficeOn(day));
            if (holder is not null)
            {
                return (Verdict.Contradicted, t.PersonNotServing(e.Date.ToDisplay(lang), holder.Name(lang), person.Name(lang), OfficeName(person.Office!, lang)));
            }
        }

        return (Verdict.Unknown, "");
    }

    [GeneratedRegex(@"\bfirst (female|woman)\b|(최초의?|첫) ?여성|初の女性|女性初")]
    private static partial Regex SinglesOut();

    private static (Verdict, string) SingledOut(List<GlossaryTerm> people, KnowledgeBase kb, ClaimTemplates t, Lang lang)
    {
        var e = kb.Timeline.FirstOrDefault(e => SinglesOut().IsMatch(TextNormalizer.Fold(e.Title)));
        var who = e is null ? null : kb.PeopleNamedIn(e).FirstOrDefault();
        return e is null || who is null ? (Verdict.Unknown, "")
            : people.Contains(who) ? (Verdict.Supported, t.PersonNamed(who.Name(lang)))
            : (Verdict.Contradicted, t.RecordedInstead(e.Text(lang).Title, e.Date.ToDisplay(lang), people[0].Name(lang)));
    }

    /// <summary>English keeps the office's title ("President of South Korea"); Korean and Japanese the reader's name for it.</summary>
    private static string OfficeName(string office, Lang lang) => lang == Lang.En ? office : AnswerTemplates.For(lang).Roles.Office(office);
}
