using System.Globalization;
using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>
/// Builds one day's digest from the knowledge base. Pure: the same knowledge, date and context always give the same
/// digest, so a re-send after a crash says what the first attempt said.
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
        var sections = new List<DigestSection>();
        var sources = new List<string>();
        ChartRequest? chart = null;
        string? faqId = null;

        if (context.Sections.HasFlag(DigestSections.OnThisDay) && OnThisDay(kb, localDate, sources) is { } today)
        {
            sections.Add(today);
        }

        if (context.Sections.HasFlag(DigestSections.Upcoming) && Upcoming(kb, localDate) is { } upcoming)
        {
            sections.Add(upcoming);
        }

        if (context.Sections.HasFlag(DigestSections.Statistic) && SpotlightSeries(kb, localDate) is { } series)
        {
            sections.Add(StatisticSection(series, sources));
            chart = new ChartRequest(series.Id, null, null);
        }

        if (context.Sections.HasFlag(DigestSections.Faq) && SpotlightFaq(kb, localDate, context.RecentFaqIds) is { } faq)
        {
            sections.Add(FaqSection(faq, sources));
            faqId = faq.Id;
        }

        if (context.Sections.HasFlag(DigestSections.Changes) && context.PreviousFingerprints is { } previous
            && Changes(kb, previous) is { } changes)
        {
            sections.Add(changes);
        }

        if (context.Sections.HasFlag(DigestSections.Headlines) && Headlines(context.Headlines) is { } headlines)
        {
            sections.Add(headlines);
        }

        return new Digest
        {
            LocalDate = localDate,
            Title = $"Japan–Korea daily digest · {localDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}",
            Sections = sections,
            Sources = [.. kb.SourcesFor(sources).Take(MaxSources)],
            AsOf = kb.AsOf,
            Chart = chart,
            FaqId = faqId,
        };
    }

    private static DigestSection? OnThisDay(KnowledgeBase kb, DateOnly day, List<string> sources)
    {
        var events = Anniversaries.On(kb, day);
        if (events.Count == 0)
        {
            return null;
        }

        var body = new StringBuilder();
        foreach (var e in events)
        {
            body.AppendLine(CultureInfo.InvariantCulture,
                $"• **{e.Date.Year}** — {e.Title} ({Anniversaries.YearsAgo(day.Year - e.Date.Year)}). {e.Significance}");
            sources.AddRange(e.SourceIds);
        }

        return new DigestSection(DigestSectionNames.OnThisDay, "On this day", body.ToString().TrimEnd());
    }

    private static DigestSection? Upcoming(KnowledgeBase kb, DateOnly day)
    {
        var lines = Enumerable.Range(1, UpcomingDays)
            .Select(day.AddDays)
            .SelectMany(d => Anniversaries.On(kb, d).Select(e => (Day: d, Event: e)))
            .Take(MaxUpcoming)
            .Select(x => string.Create(CultureInfo.InvariantCulture,
                $"• **{x.Day.ToString("ddd d MMMM", CultureInfo.InvariantCulture)}** — {Anniversaries.Ordinal(x.Day.Year - x.Event.Date.Year)} anniversary: {x.Event.Title} ({x.Event.Date.Year})"))
            .ToList();
        return lines.Count == 0 ? null
            : new DigestSection(DigestSectionNames.Upcoming, $"Coming up in the next {UpcomingDays} days", string.Join('\n', lines));
    }

    /// <summary>Series worth a chart (three or more years), taken in id order by day number: a fixed rotation.</summary>
    internal static StatSeries? SpotlightSeries(KnowledgeBase kb, DateOnly day)
    {
        var candidates = kb.Statistics.Where(s => s.ComparablePoints.Select(p => p.Year).Distinct().Count() >= 3)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return candidates.Count == 0 ? null : candidates[day.DayNumber % candidates.Count];
    }

    private static DigestSection StatisticSection(StatSeries series, List<string> sources)
    {
        var points = series.ComparablePoints;
        var latest = points[^1];
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"**{series.Name}**: {series.Unit.Format(latest.Value)} in {latest.Label}{AnswerParts.FlagNote(latest.Flag)}");
        if (points.Count >= 2)
        {
            var before = points[^2];
            body.Append(CultureInfo.InvariantCulture, $" ({series.Unit.FormatDelta(latest.Value - before.Value)} on {before.Label})");
        }

        body.Append('.');
        var peak = points.MaxBy(p => p.Value)!;
        if (peak != latest)
        {
            body.Append(CultureInfo.InvariantCulture, $" The highest figure held is {series.Unit.Format(peak.Value)} in {peak.Label}.");
        }

        body.Append('\n').Append(series.Definition);
        sources.AddRange(latest.SourceIds);
        return new DigestSection(DigestSectionNames.Statistic, "Statistic of the day", body.ToString());
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

    private static DigestSection FaqSection(FaqEntry faq, List<string> sources)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"**{faq.Title}** — {faq.Summary.Trim()}");
        if (faq.Contested)
        {
            body.Append("\nThis is contested: ask me and I'll give Seoul's and Tokyo's positions side by side.");
        }

        if (faq.Questions.Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"\nAsk me: “{faq.Questions[0]}”");
        }

        sources.AddRange(faq.SourceIds);
        return new DigestSection(DigestSectionNames.Faq, "FAQ spotlight", body.ToString());
    }

    private static DigestSection? Changes(KnowledgeBase kb, IReadOnlyDictionary<string, string> previous)
    {
        var current = KnowledgeFingerprints.Of(kb).Entries;
        var lines = current
            .Where(kv => !previous.TryGetValue(kv.Key, out var old) || old != kv.Value)
            .Select(kv => Describe(kb, kv.Key, isNew: !previous.ContainsKey(kv.Key)))
            .OfType<string>()
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var shown = lines.Take(MaxChanges).ToList();
        if (lines.Count > MaxChanges)
        {
            shown.Add($"…and {lines.Count - MaxChanges} more.");
        }

        return new DigestSection(DigestSectionNames.Changes, "New in the knowledge base", string.Join('\n', shown));
    }

    private static string? Describe(KnowledgeBase kb, string key, bool isNew)
    {
        if (!ChunkId.TryParse(key, out var kind, out var id, out _))
        {
            return null;
        }

        var what = isNew ? "New" : "Updated";
        return kind switch
        {
            ChunkKinds.Event when kb.Event(id) is { } e => $"• {what} timeline event: {e.Title} ({e.Date.ToDisplay()})",
            ChunkKinds.Faq when kb.Faq(id) is { } f => $"• {what} FAQ: {f.Title}",
            ChunkKinds.Series when kb.Series(id) is { } s => $"• {what} statistics: {s.Name}",
            ChunkKinds.Term when kb.Glossary.FirstOrDefault(t => t.Id == id) is { } t => $"• {what} glossary term: {t.English}",
            _ => null,
        };
    }

    private static DigestSection? Headlines(IReadOnlyList<Headline> headlines)
    {
        if (headlines.Count == 0)
        {
            return null;
        }

        var lines = headlines.Take(MaxHeadlines)
            .Select(h => h.Url is null ? $"• {h.Title} — {h.Feed}" : $"• {h.Title} — {h.Feed} {h.Url}");
        // Feed items are not curated knowledge: say so, so nobody mistakes them for the bot's sourced facts.
        return new DigestSection(DigestSectionNames.Headlines, "Headlines",
            string.Join('\n', lines) + "\n(From configured news feeds; not checked by the bot's curators.)");
    }
}
