using System.Globalization;
using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>
/// Builds one day's digest from the knowledge base. Pure: the same knowledge, date and context always give the same
/// digest, so a re-send after a crash says what the first attempt said. Written in <see cref="DigestContext.Lang"/>: the
/// fixed words from <see cref="AnswerTemplates"/>, the entries' texts from their translations (English where one is
/// missing), figures and dates by the unit and date types.
/// </summary>
public static class DigestComposer
{
    public const int UpcomingDays = 7;
    public const int FaqRepeatDays = 30;
    private const int MaxUpcoming = 6;
    private const int MaxChanges = 8;
    private const int MaxHeadlines = 5;
    private const int MaxSources = 10;

    public static Digest Compose(KnowledgeBase kb, DateOnly localDate, DigestContext context)
    {
        var t = AnswerTemplates.For(context.Lang);
        var sections = new List<DigestSection>();
        var sources = new List<string>();
        ChartRequest? chart = null;
        string? faqId = null;

        if (context.Sections.HasFlag(DigestSections.OnThisDay) && OnThisDay(kb, localDate, t, sources) is { } today)
        {
            sections.Add(today);
        }

        if (context.Sections.HasFlag(DigestSections.Upcoming) && Upcoming(kb, localDate, t) is { } upcoming)
        {
            sections.Add(upcoming);
        }

        if (context.Sections.HasFlag(DigestSections.Statistic) && SpotlightSeries(kb, localDate) is { } series)
        {
            sections.Add(StatisticSection(series, t, sources));
            chart = new ChartRequest(series.Id, null, null);
        }

        if (context.Sections.HasFlag(DigestSections.Faq) && SpotlightFaq(kb, localDate, context.RecentFaqIds) is { } faq)
        {
            sections.Add(FaqSection(faq, t, sources));
            faqId = faq.Id;
        }

        if (context.Sections.HasFlag(DigestSections.Changes) && context.PreviousFingerprints is { } previous
            && Changes(kb, previous, t) is { } changes)
        {
            sections.Add(changes);
        }

        if (context.Sections.HasFlag(DigestSections.Headlines) && Headlines(context.Headlines, t) is { } headlines)
        {
            sections.Add(headlines);
        }

        return new Digest
        {
            LocalDate = localDate,
            Title = t.DigestTitle(localDate),
            Sections = sections,
            Sources = [.. kb.SourcesFor(sources).Take(MaxSources)],
            AsOf = kb.AsOf,
            Chart = chart,
            FaqId = faqId,
            Lang = context.Lang,
        };
    }

    private static DigestSection? OnThisDay(KnowledgeBase kb, DateOnly day, AnswerTemplates t, List<string> sources)
    {
        var events = Anniversaries.On(kb, day);
        if (events.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var e in events)
        {
            var text = e.Text(t.Lang);
            lines.Add(t.OnThisDayLine(e.Date.Year, text.Title, day.Year - e.Date.Year, text.Significance));
            sources.AddRange(e.SourceIds);
        }

        return new DigestSection(DigestSectionNames.OnThisDay, t.OnThisDayHeading, string.Join('\n', lines).TrimEnd());
    }

    private static DigestSection? Upcoming(KnowledgeBase kb, DateOnly day, AnswerTemplates t)
    {
        var lines = Enumerable.Range(1, UpcomingDays)
            .Select(day.AddDays)
            .SelectMany(d => Anniversaries.On(kb, d).Select(e => (Day: d, Event: e)))
            .Take(MaxUpcoming)
            .Select(x => t.UpcomingLine(x.Day, x.Day.Year - x.Event.Date.Year, x.Event.Text(t.Lang).Title, x.Event.Date.Year))
            .ToList();
        return lines.Count == 0 ? null
            : new DigestSection(DigestSectionNames.Upcoming, t.UpcomingHeading(UpcomingDays), string.Join('\n', lines));
    }

    /// <summary>Series worth a chart (three or more years), taken in id order by day number: a fixed rotation.</summary>
    internal static StatSeries? SpotlightSeries(KnowledgeBase kb, DateOnly day)
    {
        var candidates = kb.Statistics.Where(s => s.ComparablePoints.Select(p => p.Year).Distinct().Count() >= 3)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return candidates.Count == 0 ? null : candidates[day.DayNumber % candidates.Count];
    }

    private static DigestSection StatisticSection(StatSeries series, AnswerTemplates t, List<string> sources)
    {
        var lang = t.Lang;
        var text = series.Text(lang);
        var points = series.ComparablePoints;
        var latest = points[^1];
        var body = new StringBuilder();
        body.Append(t.SpotlightFigure(text.Name, series.Unit.Format(latest.Value, lang), latest.LabelIn(lang), AnswerParts.FlagNote(latest.Flag, lang)));
        if (points.Count >= 2)
        {
            var before = points[^2];
            body.Append(t.SpotlightChange(series.Unit.FormatDelta(latest.Value - before.Value, lang), before.LabelIn(lang)));
        }

        body.Append(t.FullStop);
        var peak = points.MaxBy(p => p.Value)!;
        if (peak != latest)
        {
            body.Append(t.SpotlightPeak(series.Unit.Format(peak.Value, lang), peak.LabelIn(lang)));
        }

        body.Append('\n').Append(text.Definition);
        sources.AddRange(latest.SourceIds);
        return new DigestSection(DigestSectionNames.Statistic, t.StatisticHeading, body.ToString());
    }

    /// <summary>
    /// The FAQ after today's rotation point that the channel has not seen for 30 days. When every topic was shown
    /// within that window the section is left out: the rule is "no repeat within 30 days", not "always an FAQ".
    /// </summary>
    internal static FaqEntry? SpotlightFaq(KnowledgeBase kb, DateOnly day, IReadOnlySet<string> recent)
    {
        var faqs = kb.Faqs.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        if (faqs.Count == 0)
        {
            return null;
        }

        var start = day.DayNumber % faqs.Count;
        return Enumerable.Range(0, faqs.Count).Select(i => faqs[(start + i) % faqs.Count]).FirstOrDefault(f => !recent.Contains(f.Id));
    }

    private static DigestSection FaqSection(FaqEntry faq, AnswerTemplates t, List<string> sources)
    {
        var text = faq.For(t.Lang);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"**{text.Title}** — {text.Summary.Trim()}");
        if (faq.Contested)
        {
            body.Append(t.FaqSpotlightContested);
        }

        // The stored questions are English: a translated topic is asked about by its own title.
        var question = text.Lang == Lang.En ? faq.Questions.FirstOrDefault() : t.TellMeAbout(text.Title);
        if (question is not null)
        {
            body.Append(t.AskMe(question));
        }

        sources.AddRange(faq.SourceIds);
        return new DigestSection(DigestSectionNames.Faq, t.FaqSpotlightHeading, body.ToString());
    }

    private static DigestSection? Changes(KnowledgeBase kb, IReadOnlyDictionary<string, string> previous, AnswerTemplates t)
    {
        var current = KnowledgeFingerprints.Of(kb).Entries;
        var lines = current
            .Where(kv => !previous.TryGetValue(kv.Key, out var old) || old != kv.Value)
            .Select(kv => Describe(kb, kv.Key, isNew: !previous.ContainsKey(kv.Key), t))
            .OfType<string>()
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var shown = lines.Take(MaxChanges).ToList();
        if (lines.Count > MaxChanges)
        {
            shown.Add(t.MoreChanges(lines.Count - MaxChanges));
        }

        return new DigestSection(DigestSectionNames.Changes, t.ChangesHeading, string.Join('\n', shown));
    }

    private static string? Describe(KnowledgeBase kb, string key, bool isNew, AnswerTemplates t)
    {
        if (!ChunkId.TryParse(key, out var kind, out var id, out _))
        {
            return null;
        }

        var lang = t.Lang;
        var (kindName, what) = kind switch
        {
            ChunkKinds.Event when kb.Event(id) is { } e => (t.ChangeKinds.Event, t.TitleWithDate(e.Text(lang).Title, e.Date.ToDisplay(lang))),
            ChunkKinds.Faq when kb.Faq(id) is { } f => (t.ChangeKinds.Faq, f.For(lang).Title),
            ChunkKinds.Series when kb.Series(id) is { } s => (t.ChangeKinds.Series, s.Text(lang).Name),
            ChunkKinds.Term when kb.Term(id) is { } g => (t.ChangeKinds.Term, g.Name(lang)),
            _ => (null, null),
        };
        return kindName is null ? null : t.ChangeLine(isNew, kindName, what!);
    }

    private static DigestSection? Headlines(IReadOnlyList<Headline> headlines, AnswerTemplates t)
    {
        if (headlines.Count == 0)
        {
            return null;
        }

        var lines = headlines.Take(MaxHeadlines)
            .Select(h => h.Url is null ? $"• {h.Title} — {h.Feed}" : $"• {h.Title} — {h.Feed} {h.Url}");
        // Feed items are not curated knowledge: say so, so nobody mistakes them for the bot's sourced facts.
        return new DigestSection(DigestSectionNames.Headlines, t.HeadlinesHeading, string.Join('\n', lines) + t.HeadlinesNote);
    }
}
