using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Intents;

/// <summary>Figures from statistics.yaml: a year, a range, peak/lowest, change, comparison, latest. Never a guessed number.</summary>
public sealed partial class StatisticIntent : IIntent
{
    public string Name => IntentNames.Statistic;

    private const int MaxRangeLines = 20;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Propose(context));

    private Candidate? Propose(RouteContext context)
    {
        var part = context.Part;
        var kb = context.Knowledge;
        if (part.Targets.UnknownMetric is { } unknown)
        {
            return new Candidate(UnknownMetric(unknown, kb, context.Lang), Fit.Gate);
        }

        var series = part.Targets.SeriesIds.Select(kb.Series).OfType<StatSeries>().ToList();
        if (series.Count == 0)
        {
            return null;
        }

        // Two series equally likely ("EAI's 2024 and 2025 surveys"): the one that holds the years asked is meant.
        var years = part.Period.Years;
        if (series.Count > 1 && part.Asking.Operation != StatOperation.Compare && years.Count > 0)
        {
            var holding = series.Where(s => years.All(y => s.ForYear(y) is not null)).ToList();
            series = holding.Count > 0 ? holding : series;
        }

        series = WithMirror(Summands(series, part), part, context);
        var answer = series.Count > 1 ? Compare(series, part, kb, context.Lang) : Single(series[0], part, kb, context.Lang);
        if (part.IsStructured)
        {
            return new Candidate(answer, Fit.Gate);
        }

        return new Candidate(answer, new Fit(TypeMatch(part, kb), Specificity(part)));
    }

    /// <summary>A figure answers "how many", "how much did it fall", "when did it peak"; it is a poor answer to "why" or "who".</summary>
    private static double TypeMatch(QuestionPart part, KnowledgeBase kb)
    {
        var t = part.Targets;
        var storedTopic = t.StoredPhrasingFaqId is not null && !part.Period.HasPeriod && !part.Asks(AnswerType.Number);
        if (part.Asking.WhoIsRight || storedTopic)
        {
            return 0.2;
        }

        var figures = part.Type switch
        {
            AnswerType.Number or AnswerType.Change or AnswerType.Extreme or AnswerType.Comparison => 1.0,
            AnswerType.Claim or AnswerType.Prediction => 0.85,
            AnswerType.Overview => t.SeriesNamed ? 0.85 : 0.5,
            AnswerType.Definition => t.SeriesNamed ? 0.6 : 0.3,
            AnswerType.Date => part.Asking.Operation is StatOperation.None ? 0.35 : 0.9,
            AnswerType.Events => part.Period.HasPeriod ? 0.4 : 0.2,
            // "Why did it drop?" is about the figure; "why did Japan restrict exports in 2019?" about the event.
            AnswerType.Reason => part.Period.Years.Count == 1 && t.SeriesNamed && t.FaqIds.Count + t.EventIds.Count == 0 && t.StoredPhrasingFaqId is null ? 0.85 : 0.3,
            AnswerType.List => 0.3,
            _ => 0.1,
        };
        // A series guessed from loose words ("visit", "visa", "plaintiffs") counts fully only when a year backs it, and a
        // guessed series with no figure for that year is a weak answer next to an event that has one.
        var guessedMissing = !t.SeriesNamed && part.Period.Years.Count == 1
            && !part.Targets.SeriesIds.Any(id => kb.Series(id)?.ForYear(part.Period.Years[0]) is not null);
        // In a message that is already about an event ("…and how many plaintiffs were there?"), a guessed series is a
        // weak reading of a loose word.
        var aboutSomethingElse = part.FollowUp.Continues || t.EventIds.Count > 0;
        return guessedMissing ? figures * 0.5 : t.SeriesNamed || part.Period.HasPeriod || !aboutSomethingElse ? figures : figures * 0.6;
    }

    private static double Specificity(QuestionPart part)
    {
        var t = part.Targets;
        var others = t.FaqIds.Count + t.EventIds.Count + t.GlossaryIds.Count > 0;
        var named = t.SeriesNamed ? 0.9 : 0.5;
        return others && !t.SeriesNamed ? named - 0.2 : named;
    }

    private Answer Single(StatSeries s, QuestionPart part, KnowledgeBase kb, Lang lang)
    {
        var p = part.Period;
        var years = p.Years;
        var (from, to) = (p.From?.Year, p.To?.Year);
        // For a balance, the "biggest deficit" is the most negative figure.
        var deficit = s.IsBalance && part.Asking.AboutDeficit;
        if (part.Type == AnswerType.Reason && years.Count == 1 && s.ForYear(years[0]) is { } asked)
        {
            return Why(s, asked, kb, lang);
        }

        if (AcrossYears(s, part, kb, lang) is { } computed)
        {
            return computed;
        }

        // "Of 2018, 2019, 2020 and 2022, which year…": the extreme among the years listed, not every year between them.
        var listed = years.Count >= 2 && from is null && to is null ? years : null;

        return part.Asking.Operation switch
        {
            StatOperation.SinceWhen => SinceWhen(s, years.Count > 0 ? years[0] : null, deficit, kb, lang),
            StatOperation.Peak or StatOperation.Lowest => Extreme(s, (part.Asking.Operation == StatOperation.Peak) != deficit, from ?? (years.Count >= 2 ? years.Min() : null), to ?? (years.Count >= 2 ? years.Max() : null), kb, lang, listed),
            StatOperation.Change when years.Count >= 2 || (from is not null && to is not null) =>
                Change(s, from ?? years.Min(), to ?? years.Max(), kb, lang),
            StatOperation.Change when years.Count == 1 => ChangeFromPrevious(s, years[0], kb, lang),
            _ when from is not null || to is not null => RangeAnswer(s, from, to, kb, lang),
            StatOperation.Range => RangeAnswer(s, null, null, kb, lang),
            _ when years.Count >= 2 => RangeAnswer(s, years.Min(), years.Max(), kb, lang),
            _ when years.Count == 1 && p.Month is { } month && MonthPoint(s, years[0], month) is { } monthly => ValueOf(s, monthly, kb, lang, part),
            _ when years.Count == 1 => Value(s, years[0], kb, lang, part),
            _ => Latest(s, kb, lang),
        };
    }

    /// <summary>A part-year figure for the month asked ("August 2019"), when the series holds one.</summary>
    private static StatPoint? MonthPoint(StatSeries s, int year, int month)
    {
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return s.Points.FirstOrDefault(p => p.Year == year && p.Period is { } period
            && (period.Contains(name, StringComparison.OrdinalIgnoreCase) || period.Contains(name[..3] + " ", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The series held, each by the id a command takes and its name in the asker's language.</summary>
    private Answer UnknownMetric(string metric, KnowledgeBase kb, Lang lang) => new()
    {
        Outcome = Outcome.Clarify,
        Intent = Name,
        Lang = lang,
        Title = AnswerTemplates.For(lang).UnknownMetricTitle(metric),
        Body = AnswerTemplates.For(lang).UnknownMetricBody + "\n" + string.Join("\n", kb.Statistics.Select(s => $"• {s.Id} — {s.Text(lang).Name}"))
            + (lang != Lang.En && kb.Statistics.Any(s => !s.Translations.Has(lang)) ? "\n\n" + AnswerTemplates.For(lang).Untranslated : ""),
        AsOf = kb.AsOf,
        Confidence = 1.0,
    };

    private Answer Value(StatSeries s, int year, KnowledgeBase kb, Lang lang, QuestionPart? part = null) =>
        s.ForYear(year) is { } p ? ValueOf(s, p, kb, lang, part) : Missing(s, year, kb, lang);

    private Answer ValueOf(StatSeries s, StatPoint p, KnowledgeBase kb, Lang lang, QuestionPart? part = null)
    {
        var t = AnswerTemplates.For(lang);
        var text = s.Text(lang);
        var body = new StringBuilder();
        body.Append(PointLine(s, p, lang));
        AppendPointNotes(body, s, p, lang);
        // The series' notes on the same year ("Japan supplied 10.2% of Korea's imports in 2014") answer the questions
        // people ask next to the figure.
        var sameYear = YearSentences(s, p.Year, lang).ToList();
        if (sameYear.Count > 0)
        {
            body.Append(t.AlsoInMySources(p.Year.ToString(CultureInfo.InvariantCulture))).Append(string.Join(" ", sameYear));
        }

        if (part is not null && ShareCue().IsMatch(part.Wording.Folded) && Share(s, p, YearSentences(s, p.Year, Lang.En).ToList(), t, lang) is { } share)
        {
            body.Append("\n\n").Append(share);
        }

        body.Append("\n\n").Append(text.Definition);
        return Build(s, $"{text.Name} — {p.LabelIn(lang)}", body.ToString(), [p], kb, p.Year, null, null, "value", lang);
    }

    /// <summary>"Exports to Japan, 2019: **$28.4 bn**." — a figure with its label and strength, in the answer's language.</summary>
    private static string PointLine(StatSeries s, StatPoint p, Lang lang) =>
        AnswerTemplates.For(lang).PointFigure(s.Text(lang).Name, p.LabelIn(lang), s.Unit.Format(p.Value, lang))
        + AnswerParts.FlagNote(p.Flag, lang) + AnswerTemplates.For(lang).FullStop;

    /// <summary>Sentences of the series' notes that name the year (and are not already the point's own note).</summary>
    private static IEnumerable<string> YearSentences(StatSeries s, int year, Lang lang) =>
        Index.PassageIndex.Sentences(s.Text(lang).Notes ?? "")
            .Where(x => x.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Where(x => s.Points.All(pt => pt.NoteIn(lang) is not { } note || !note.Contains(x, StringComparison.Ordinal)))
            .Take(2);

    [GeneratedRegex(@"\b(share|percentage|proportion|what percent|how much of|out of)\b|\bwhat ?% of\b|비중|비율|점유율|割合|シェア|占め")]
    private static partial Regex ShareCue();

    // The whole a share is of, as notes write it: "among the 21,963 visas", "Korea's total FDI in 2024 was a record 34.57 bn".
    [GeneratedRegex(@"\b(of|among|out of|total(led|ed)?|all|total\s+[a-z]+\s+in\s+\d{4}\s+was(\s+a\s+record)?)\s+(the\s+)?(japan's\s+|korea's\s+)?(?<n>\d{1,3}(,\d{3})+|\d+(\.\d+)?)\s*(?<m>million|billion|bn)?", RegexOptions.IgnoreCase)]
    private static partial Regex TotalAfterOf();

    /// <summary>
    /// "What share of the working-holiday visas went to Koreans?": the point over the total its note gives ("of the 21,963
    /// visas"), as my arithmetic on the two figures, never a figure of its own.
    /// </summary>
    private static string? Share(StatSeries s, StatPoint p, IReadOnlyList<string> sameYear, AnswerTemplates t, Lang lang)
    {
        if (s.Unit == StatUnit.Percent)
        {
            return null;
        }

        foreach (var text in new[] { p.Note ?? "" }.Concat(sameYear))
        {
            foreach (Match m in TotalAfterOf().Matches(text))
            {
                var total = double.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
                    * (m.Groups["m"].Value.ToLowerInvariant() switch { "million" => 1e6, "billion" or "bn" => s.Unit == StatUnit.UsdBillion ? 1 : 1e9, _ => 1 });
                if (total > Math.Abs(p.Value))
                {
                    var share = Math.Abs(p.Value) / total * 100;
                    // The whole as the English note writes it ("21,963", "34.57 bn"); in Korean and Japanese in the series' unit.
                    var whole = lang == Lang.En ? m.Groups["n"].Value + (m.Groups["m"].Success ? " " + m.Groups["m"].Value : "") : s.Unit.Format(total, lang);
                    return t.ShareOf(share.ToString("0.0", CultureInfo.InvariantCulture), whole);
                }
            }
        }

        return null;
    }

    private Answer Missing(StatSeries s, int year, KnowledgeBase kb, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var name = s.Text(lang).Name;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        if (year > kb.AsOf.Year)
        {
            body.Append(AnswerParts.EndsBefore(kb, t.NameInYear(name, yearText), lang));
        }
        else
        {
            body.Append(t.NoVerifiedFigure(name, yearText));
            if (s.GapFor(year) is { } gap)
            {
                body.Append(' ').Append(gap.NoteIn(lang));
            }
        }

        var before = s.Points.Where(p => p.Year < year).MaxBy(p => (p.Year, p.Period is null));
        var after = s.Points.Where(p => p.Year > year).MinBy(p => (p.Year, p.Period is not null));
        var nearest = new[] { before, after }.OfType<StatPoint>().ToList();
        if (nearest.Count > 0)
        {
            body.Append("\n\n").Append(t.NearestYears)
                .Append(string.Join("; ", nearest.Select(p => $"{p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}{AnswerParts.FlagNote(p.Flag, lang)}")))
                .Append(t.FullStop);
        }

        body.Append("\n\n").Append(t.YearsHeld).Append(YearList(s, lang)).Append(t.FullStop);
        return Build(s, $"{name} — {new PartialDate(year).ToDisplay(lang)}: {t.NoFigure}", body.ToString(), nearest, kb, year, null, null, "value", lang, confidence: 0.9);
    }

    private Answer Latest(StatSeries s, KnowledgeBase kb, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var text = s.Text(lang);
        var p = s.Latest;
        var body = new StringBuilder();
        body.Append(t.LatestFigure(text.Name, s.Unit.Format(p.Value, lang), p.LabelIn(lang))).Append(AnswerParts.FlagNote(p.Flag, lang)).Append(t.FullStop);
        AppendPointNotes(body, s, p, lang);
        body.Append("\n\n").Append(text.Definition);
        body.Append("\n\n").Append(t.YearsHeld).Append(YearList(s, lang)).Append(t.FullStop);
        if (s.Gaps.Count > 0)
        {
            body.Append(' ').Append(t.NotVerifiable).Append(string.Join(", ", s.Gaps.Select(g => g.Year))).Append(t.FullStop);
        }

        return Build(s, $"{text.Name} — {t.NameWithLabel(t.Latest, p.LabelIn(lang))}", body.ToString(), [p], kb, p.Year, null, null, "latest", lang);
    }

    private Answer RangeAnswer(StatSeries s, int? from, int? to, KnowledgeBase kb, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var text = s.Text(lang);
        var points = s.Points.Where(p => (from is null || p.Year >= from) && (to is null || p.Year <= to)).OrderBy(p => p.Year).ToList();
        var span = t.RangeSpan(from, to);
        if (points.Count == 0)
        {
            var body0 = $"{t.NoFiguresIn(text.Name, span)} {t.YearsHeld}{YearList(s, lang)}{t.FullStop}";
            return Build(s, $"{text.Name} — {span}", body0, [], kb, null, from, to, "range", lang, confidence: 0.9);
        }

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{text.Name}, {span}:\n");
        foreach (var p in points.Take(MaxRangeLines))
        {
            body.Append(CultureInfo.InvariantCulture, $"• {p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}{AnswerParts.FlagNote(p.Flag, lang)}\n");
        }

        if (points.Count > MaxRangeLines)
        {
            body.Append(t.MoreFigures(points.Count - MaxRangeLines)).Append('\n');
        }

        var gaps = s.Gaps.Where(g => (from is null || g.Year >= from) && (to is null || g.Year <= to)).ToList();
        if (gaps.Count > 0)
        {
            body.Append(t.NotVerifiable).Append(string.Join(", ", gaps.Select(g => g.Year))).Append(t.FullStop).Append('\n');
        }

        body.Append('\n').Append(text.Definition);
        // An open range ("has it gone down over time?") leaves the thread on the years shown: "how much did it fall?" then
        // spans them.
        return Build(s, $"{text.Name} — {span}", body.ToString(), points, kb, null, from ?? points[0].Year, to ?? points[^1].Year, "range", lang);
    }

    private Answer Extreme(StatSeries s, bool peak, int? from, int? to, KnowledgeBase kb, Lang lang, IReadOnlyList<int>? listed = null)
    {
        var candidates = s.ComparablePoints.Where(p => (from is null || p.Year >= from) && (to is null || p.Year <= to))
            .Where(p => listed is null || listed.Contains(p.Year)).ToList();
        if (candidates.Count == 0)
        {
            return RangeAnswer(s, from, to, kb, lang);
        }

        var t = AnswerTemplates.For(lang);
        var name = s.Text(lang).Name;
        var best = peak ? candidates.MaxBy(p => p.Value)! : candidates.MinBy(p => p.Value)!;
        var word = peak ? t.Highest : t.Lowest;
        if (s.IsBalance)
        {
            word = peak ? t.HighestSmallestDeficit : t.LowestLargestDeficit;
        }

        var body = new StringBuilder();
        var span = listed is null ? YearSpan(candidates, lang) : string.Join(", ", candidates.Select(p => p.LabelIn(lang)));
        body.Append(t.ExtremeFigure(span, word, name, s.Unit.Format(best.Value, lang), best.LabelIn(lang)))
            .Append(AnswerParts.FlagNote(best.Flag, lang)).Append(t.FullStop);
        AppendPointNotes(body, s, best, lang);
        body.Append(t.ComparesOnly(candidates.Count));
        // A year listed but not held is named as missing rather than silently left out.
        var notHeld = listed?.Where(y => candidates.All(p => p.Year != y)).ToList() ?? [];
        if (notHeld.Count > 0)
        {
            body.Append(t.MissingYears).Append(string.Join(", ", notHeld)).Append(t.FullStop);
        }
        else if (s.Gaps.Count > 0)
        {
            body.Append(t.MissingYears).Append(string.Join(", ", s.Gaps.Select(g => g.Year))).Append(t.FullStop);
        }

        return Build(s, $"{name} — {word}", body.ToString(), [best], kb, best.Year, from, to, peak ? "peak" : "lowest", lang);
    }

    /// <summary>
    /// "The smallest deficit in how many years?": the year asked (or the latest) against the years before it, back to the
    /// last one that was as small (or as large), counting only years with a verified figure.
    /// </summary>
    private Answer SinceWhen(StatSeries s, int? year, bool deficit, KnowledgeBase kb, Lang lang)
    {
        var points = s.ComparablePoints.OrderBy(p => p.Year).ToList();
        var target = year is { } y ? points.LastOrDefault(p => p.Year == y) : points.LastOrDefault();
        if (target is null)
        {
            return year is { } missing ? Missing(s, missing, kb, lang) : Latest(s, kb, lang);
        }

        var t = AnswerTemplates.For(lang);
        var earlier = points.Where(p => p.Year < target.Year).ToList();
        // "Smallest" deficit is the value nearest zero; otherwise the word decides which way to compare.
        var lowest = deficit ? target.Value >= earlier.DefaultIfEmpty(target).Max(p => p.Value) : target.Value <= earlier.DefaultIfEmpty(target).Min(p => p.Value);
        var asSmall = deficit
            ? earlier.LastOrDefault(p => p.Value >= target.Value)
            : lowest ? earlier.LastOrDefault(p => p.Value <= target.Value) : earlier.LastOrDefault(p => p.Value >= target.Value);
        var body = new StringBuilder();
        body.Append(PointLine(s, target, lang));
        AppendPointNotes(body, s, target, lang);
        body.Append("\n\n").Append(asSmall is not null
            ? t.LastAsThis(deficit ? t.AsSmallADeficit : lowest ? t.AsLow : t.AsHigh, asSmall.LabelIn(lang), s.Unit.Format(asSmall.Value, lang), target.Year - asSmall.Year)
            : t.NoEarlierLikeIt(YearSpan(points, lang)));
        body.Append(t.UncountedYears);
        return Build(s, $"{s.Text(lang).Name} — {target.LabelIn(lang)}", body.ToString(), asSmall is null ? [target] : [target, asSmall], kb, target.Year, null, null, "value", lang);
    }

    /// <summary>
    /// "Why did it drop?": the figure with its own note, and the events of that year (or the year before) that my sources
    /// connect to it — by the note's words ("during the 'No Japan' boycott") or the series' own.
    /// </summary>
    private Answer Why(StatSeries s, StatPoint p, KnowledgeBase kb, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var cue = Index.PassageIndex.TermsOf((p.Note ?? "") + " " + string.Join(' ', s.Aliases));
        var events = kb.Timeline
            .Where(e => e.Date.Year == p.Year || e.Date.Year == p.Year - 1)
            .Select(e => (Event: e, Shared: Index.PassageIndex.TermsOf(e.Title + " " + string.Join(' ', e.Aliases) + " " + e.Summary).Count(cue.Contains)))
            .Where(x => x.Shared >= 2)
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.Event.Date.Start)
            .Take(2).Select(x => x.Event).ToList();
        var body = new StringBuilder();
        body.Append(PointLine(s, p, lang));
        AppendPointNotes(body, s, p, lang);
        if (ChangeLine(s, p, lang) is { } change)
        {
            // A Japanese sentence follows the one before without a space.
            body.Append(lang == Lang.Ja ? "" : " ").Append(change);
        }

        body.Append("\n\n");
        if (events.Count > 0)
        {
            body.Append(t.ConnectedEvents);
            foreach (var e in events)
            {
                var text = e.Text(lang);
                body.Append('\n').Append(t.ConnectedEvent(TimelineIntent.DateText(e, lang), text.Title, text.Summary));
            }
        }
        else
        {
            body.Append(t.NoReasonGiven);
        }

        var answer = Build(s, t.WhyTitle(s.Text(lang).Name, p.LabelIn(lang)), body.ToString(), [p], kb, p.Year, null, null, "value", lang);
        // An event not yet translated is shown in English, and the answer says so (Build already does for the series).
        var untranslated = lang != Lang.En && s.Translations.Has(lang) && events.Any(e => !e.Translations.Has(lang));
        return answer with
        {
            Body = untranslated ? answer.Body + "\n\n" + t.Untranslated : answer.Body,
            Sources = kb.SourcesFor(p.SourceIds.Concat(events.SelectMany(e => e.SourceIds.Take(2)))),
        };
    }

    /// <summary>"Down 25.9% on 2018": the change from the previous year held, when the point's note doesn't say it.</summary>
    private static string? ChangeLine(StatSeries s, StatPoint p, Lang lang)
    {
        var previous = s.ComparablePoints.LastOrDefault(x => x.Year == p.Year - 1);
        if (previous is null || previous.Value == 0 || (p.Note?.Contains('%', StringComparison.Ordinal) ?? false))
        {
            return null;
        }

        var delta = p.Value - previous.Value;
        var percent = (delta / Math.Abs(previous.Value) * 100).ToString("+0.0;−0.0", CultureInfo.InvariantCulture);
        return AnswerTemplates.For(lang).FromPrevious(s.Unit.Format(previous.Value, lang), previous.LabelIn(lang), s.Unit.FormatDelta(delta, lang), percent);
    }

    private Answer ChangeFromPrevious(StatSeries s, int year, KnowledgeBase kb, Lang lang)
    {
        // "How much did exports grow in 2011?" means on 2010: a gap back to 1973 is not the change asked about, and the
        // figure's own note ("up 40.9% on 2010") says it better.
        var previous = s.ComparablePoints.LastOrDefault(p => p.Year < year);
        return previous is null || previous.Year != year - 1 || s.ForYear(year) is null ? Value(s, year, kb, lang) : Change(s, previous.Year, year, kb, lang);
    }

    private Answer Change(StatSeries s, int fromYear, int toYear, KnowledgeBase kb, Lang lang)
    {
        var a = s.ForYear(fromYear);
        var b = s.ForYear(toYear);
        if (a is null || b is null)
        {
            return Missing(s, a is null ? fromYear : toYear, kb, lang);
        }

        var t = AnswerTemplates.For(lang);
        var name = s.Text(lang).Name;
        var delta = b.Value - a.Value;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture,
            $"{name}: {t.FigureIn(s.Unit.Format(a.Value, lang), a.LabelIn(lang))}{AnswerParts.FlagNote(a.Flag, lang)} → {t.FigureIn(s.Unit.Format(b.Value, lang), b.LabelIn(lang))}{AnswerParts.FlagNote(b.Flag, lang)}{t.FullStop}\n");
        body.Append(CultureInfo.InvariantCulture, $"{t.ChangeLabel}**{s.Unit.FormatDelta(delta, lang)}**");
        if (a.Value != 0 && s.Unit != StatUnit.Percent && Math.Sign(a.Value) == Math.Sign(b.Value))
        {
            body.Append(CultureInfo.InvariantCulture, $" ({(delta / Math.Abs(a.Value) * 100):+0.0;−0.0}%)");
        }

        body.Append(t.MyArithmetic);
        // The sources' own change for the year ("down 25.9% on 2018") comes from unrounded figures: shown beside ours, which
        // can differ in the last digit.
        if (toYear == fromYear + 1 && b.NoteIn(lang) is { } stated && stated.Contains('%', StringComparison.Ordinal))
        {
            body.Append('\n').Append(stated);
        }

        return Build(s, $"{name} — {t.PeriodTo(a.LabelIn(lang), b.LabelIn(lang))}", body.ToString(), [a, b], kb, toYear, fromYear, toYear, "change", lang);
    }

    private static Answer Compare(List<StatSeries> series, QuestionPart part, KnowledgeBase kb, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var q = part.Period;
        var years = q.Years.Count > 0 ? q.Years.ToList()
            : q.From is not null || q.To is not null ? []
            : [series.Select(s => s.YearPoints.Select(p => p.Year)).Aggregate((a, b) => a.Intersect(b)).DefaultIfEmpty(0).Max()];
        var shown = series.Take(4).ToList();
        var body = new StringBuilder();
        var facts = new List<KeyFact>();
        var sources = new List<string>();
        // A year asked that a series has no figure for, while it has one for another year asked, is named rather than left out.
        var dropped = new List<string>();
        foreach (var s in shown)
        {
            var name = s.Text(lang).Name;
            var points = years.Count > 0 && years[0] != 0
                ? years.Select(s.ForYear).OfType<StatPoint>().ToList()
                : s.Points.Where(p => (q.From is null || p.Year >= q.From.Value.Year) && (q.To is null || p.Year <= q.To.Value.Year)).ToList();
            body.Append(t.ComparisonLine(name, points.Count == 0
                ? t.NoVerifiedFigureFor([.. years.Where(y => y != 0)])
                : string.Join("; ", points.Select(p => $"{p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}{AnswerParts.FlagNote(p.Flag, lang)}"))));
            body.Append('\n');
            facts.AddRange(points.Take(3).Select(p => new KeyFact(t.NameWithLabel(name, p.LabelIn(lang)), s.Unit.Format(p.Value, lang))));
            sources.AddRange(points.SelectMany(p => p.SourceIds));
            if (points.Count > 0 && years.Count > 0 && years[0] != 0)
            {
                dropped.AddRange(years.Where(y => s.ForYear(y) is null).Select(y => t.NoVerifiedFigure(name, y.ToString(CultureInfo.InvariantCulture))));
            }
        }

        if (dropped.Count > 0)
        {
            body.Append('\n').AppendJoin('\n', dropped).Append('\n');
        }

        var year = years.Count == 1 && years[0] != 0 ? years[0] : (int?)null;
        // The arithmetic names a missing figure too: said once.
        if (Arithmetic(series, [.. years.Where(y => y != 0)], part, lang) is { } computed && !dropped.Contains(computed))
        {
            body.Append('\n').Append(computed);
        }

        // A series not yet translated is shown in English, and the answer says so (as Build does for one series).
        var untranslated = lang != Lang.En && shown.Any(s => !s.Translations.Has(lang));
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = IntentNames.Statistic,
            Lang = lang,
            Title = t.ComparisonTitle([.. shown.Select(s => s.Text(lang).Name)]),
            Body = body.ToString().TrimEnd() + (untranslated ? "\n\n" + t.Untranslated : ""),
            Facts = facts,
            Sources = kb.SourcesFor(sources),
            AsOf = kb.AsOf,
            Confidence = 0.9,
            Context = new ConversationState { SeriesIds = [.. series.Select(s => s.Id)], Year = year, Intent = IntentNames.Statistic, Operation = "compare" },
        };
    }

    private static void AppendPointNotes(StringBuilder body, StatSeries s, StatPoint p, Lang lang)
    {
        if (p.NoteIn(lang) is { } note)
        {
            // A Japanese note ends in 。 already and follows the figure without a space; an English or Korean one gets
            // its full stop once.
            body.Append(lang == Lang.Ja ? "" : " ").Append(note.TrimEnd('.')).Append(note.EndsWith('。') ? "" : ".");
        }

        var t = AnswerTemplates.For(lang);
        foreach (var alt in p.Alternatives)
        {
            body.Append(t.AnotherSource(s.Unit.Format(alt.Value, lang)));
            body.Append(alt.NoteIn(lang) is not { } altNote ? t.FullStop : t.Aside(altNote.TrimEnd('.', '。')) + t.FullStop);
        }
    }

    private static string YearList(StatSeries s, Lang lang) => string.Join(", ", s.Points.Select(p => p.LabelIn(lang)));

    private static string YearSpan(IReadOnlyList<StatPoint> points, Lang lang) => points.Count == 1
        ? points[0].LabelIn(lang)
        : AnswerTemplates.For(lang).YearSpan(points[0].Year, points[^1].Year);

    private Answer Build(StatSeries s, string title, string body, IReadOnlyList<StatPoint> points, KnowledgeBase kb,
        int? year, int? from, int? to, string operation, Lang lang, double confidence = 1.0) => new()
    {
        Outcome = Outcome.Answer,
        Intent = Name,
        Lang = lang,
        Title = title,
        // A series not yet translated is shown in English, and the answer says so.
        Body = lang != Lang.En && !s.Translations.Has(lang) ? body + "\n\n" + AnswerTemplates.For(lang).Untranslated : body,
        Facts = [.. points.Select(p => new KeyFact(p.LabelIn(lang), s.Unit.Format(p.Value, lang) + AnswerParts.FlagNote(p.Flag, lang)))],
        Sources = kb.SourcesFor(points.SelectMany(p => p.SourceIds.Concat(p.Alternatives.SelectMany(a => a.SourceIds)))),
        AsOf = kb.AsOf,
        Confidence = confidence,
        Chart = s.Points.Count >= 2 ? new ChartRequest(s.Id, from, to) : null,
        Suggestions = Suggest(s, year, lang),
        Context = new ConversationState { SeriesIds = [s.Id], Year = year, FromYear = from, ToYear = to, Intent = IntentNames.Statistic, Operation = operation, AnswerType = nameof(AnswerType.Number) },
    };

    private static List<string> Suggest(StatSeries s, int? year, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var list = new List<string>();
        if (year is { } y && s.YearPoints.FirstOrDefault(p => p.Year > y) is { } next)
        {
            list.Add(t.AndIn(next.LabelIn(lang)));
        }

        list.Add(t.WhenPeak(s.Text(lang).Name));
        return list;
    }
}
