using System.Globalization;
using System.Text;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Intents;

/// <summary>Dated events: "when did X happen", "what happened in YEAR", events between years, the most recent events.</summary>
public sealed class TimelineIntent : IIntent
{
    public string Name => IntentNames.Timeline;

    private const int MaxListed = 12;
    private const int RecentCount = 6;

    public ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Answer(context));

    private Answer? Answer(RouteContext context)
    {
        var q = context.Query;
        var kb = context.Knowledge;
        if (q.IsStructured && q.FaqIds.Count > 0)
        {
            return null; // /faq topic:… picked the topic already
        }

        // "when did imports peak" is a statistics question; "when did Tokyo drop Seoul from the list" is not.
        var statsQuestion = q.SeriesIds.Count > 0 && q.EventIds.Count == 0 && q.Operation is StatOperation.Peak or StatOperation.Lowest or StatOperation.Change or StatOperation.Compare;

        // An event's name alone ("martial law") answers with that event, unless a topic or person is named too
        // ("export controls", "who is Takaichi"): those have their own answers.
        var namesEvent = q.EventIds.Count > 0 && !q.AsksWhatIs && !q.AsksWho && !q.AsksWhy && q.FaqIds.Count == 0 && !q.RangeIsTenure;
        // "who won the 2025 election" is about an event, "who is Takaichi" about a person (glossary).
        var asksWhoDid = q.AsksWho && q.GlossaryIds.Count == 0 && !q.AsksWhoIsRight;
        // "what happened with the Chosei coal mine": one clearly named event answers better than a topic's list.
        var asksAboutOne = q.AsksTimeline && q.Years.Count == 0 && q.From is null && q.To is null && !q.AsksRecent;
        if ((q.AsksWhen || namesEvent || asksWhoDid || asksAboutOne) && !statsQuestion && !q.RangeIsTenure
            && EventMatcher.Best(q, kb) is { } match && (!asksAboutOne || q.AsksWhen || match.Score >= EventMatcher.MinScore + 2))
        {
            return Single(match.Event, kb, match.Score, q);
        }

        // A named series ("exports 2019") or a figure asked for goes to statistics; a series merely guessed from a loose
        // word ("what went down in seoul on 3 dec 2024") does not outrank a date.
        if ((q.SeriesNamed || q.AsksQuantity) && q.SeriesIds.Count > 0 && q.Day is null)
        {
            return null;
        }

        var topicFilter = q.FaqIds.ToHashSet(StringComparer.Ordinal);
        var hasOtherNames = q.FaqIds.Count > 0 || q.GlossaryIds.Count > 0;

        if (q.AsksRecent && (!hasOtherNames || q.AsksTimeline))
        {
            return Recent(kb, topicFilter);
        }

        // A bare year ("2019?") lists its events; a year with words we don't know ("gdp ratio 2019") is not a timeline question.
        var bareOrTimeline = q.AsksTimeline || q.RangeIsTenure || (!hasOtherNames && (q.ContentWords.Count == 0 || q.Month is not null));
        if (q.Years.Count > 0 || q.From is not null || q.To is not null)
        {
            var (from, to) = Period(q);
            // "what did Japan do about Takeshima in 1905": a topic and a year ask for that topic's events that year.
            var topicEvents = topicFilter.Count > 0 && !q.AsksWhy && !q.AsksWhatIs && !q.AsksQuantity && !q.AsksWhoIsRight
                && q.Words.Any(w => w is "do" or "did" or "does" or "done" or "happen" or "happened")
                && kb.Timeline.Any(e => e.Date.End >= from && e.Date.Start <= to && (e.RelatedFaq.Any(topicFilter.Contains) || e.Tags.Any(topicFilter.Contains)));
            if (bareOrTimeline || topicEvents)
            {
                return List(kb, from, to, topicFilter, q.Month is not null);
            }
        }

        if (q.AsksTimeline && q.AsksWhen is false && hasOtherNames && q.AsksWhatIs is false)
        {
            return List(kb, kb.Timeline[0].Date.Start, kb.AsOf.End, topicFilter, false);
        }

        return null;
    }

    private static (DateOnly From, DateOnly To) Period(ParsedQuery q)
    {
        if (q.From is not null || q.To is not null)
        {
            return (q.From?.Start ?? DateOnly.MinValue, q.To?.End ?? DateOnly.MaxValue);
        }

        var year = q.Years[0];
        if (q.Month is { } m)
        {
            var p = q.Day is { } d && d <= DateTime.DaysInMonth(year, m) ? new PartialDate(year, m, d) : new PartialDate(year, m);
            return (p.Start, p.End);
        }

        return q.Years.Count >= 2
            ? (new PartialDate(q.Years.Min()).Start, new PartialDate(q.Years.Max()).End)
            : (new PartialDate(year).Start, new PartialDate(year).End);
    }

    private Answer Single(TimelineEvent e, KnowledgeBase kb, double score, ParsedQuery q)
    {
        var body = new StringBuilder();
        if (q.Years.Any(y => y > kb.AsOf.Year) || (q.Years.Contains(kb.AsOf.Year) && q.Month is { } m && m > kb.AsOf.Month))
        {
            // Asked about a time after the knowledge ends: say so before offering the nearest event held.
            body.Append(AnswerParts.EndsBefore(kb, "that period")).Append(" The closest event I hold:\n\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"**{DateText(e)}** — {e.Summary}");
        body.Append("\n\n_Why it matters:_ ").Append(e.Significance);
        if (e.Flag is Flag.W or Flag.C)
        {
            body.Append("\n\nNote: ").Append(e.Flag == Flag.W ? "this rests on a weak or secondary source." : "sources differ on details; both are given above.");
        }

        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = e.Title,
            Body = body.ToString(),
            Facts = [new KeyFact("Date", DateText(e))],
            Sources = kb.SourcesFor(e.SourceIds),
            AsOf = kb.AsOf,
            Confidence = Math.Min(1.0, 0.5 + (score / 20)),
            Suggestions = [$"what happened in {e.Date.Year}?", .. e.RelatedFaq.Take(1).Select(f => $"tell me about {kb.Faq(f)?.Title ?? f}")],
            Context = new ConversationState { EventId = e.Id, Year = e.Date.Year, FaqId = e.RelatedFaq.FirstOrDefault(), Intent = Name },
        };
    }

    private Answer List(KnowledgeBase kb, DateOnly from, DateOnly to, HashSet<string> topics, bool monthly)
    {
        var span = Describe(from, to, monthly);
        if (from > kb.AsOf.End)
        {
            return new Answer
            {
                Outcome = Outcome.Answer,
                Intent = Name,
                Title = $"Events — {span}",
                Body = AnswerParts.EndsBefore(kb, $"events in {span}") + "\n\n" + RecentLines(kb, topics, 3),
                AsOf = kb.AsOf,
                Confidence = 0.9,
                Sources = kb.SourcesFor(kb.Timeline.TakeLast(3).SelectMany(e => e.SourceIds)),
                Suggestions = ["what happened recently?"],
            };
        }

        var inPeriod = kb.Timeline.Where(e => e.Date.End >= from && e.Date.Start <= to).ToList();
        var filtered = topics.Count == 0 ? inPeriod : inPeriod.Where(e => e.RelatedFaq.Any(topics.Contains) || e.Tags.Any(topics.Contains)).ToList();
        var events = filtered.Count > 0 ? filtered : inPeriod;
        var body = new StringBuilder();
        if (topics.Count > 0 && filtered.Count == 0)
        {
            // Never let an unfiltered list pass for an answer about the topic.
            var names = string.Join(", ", topics.Select(t => kb.Faq(t)?.Title ?? t));
            body.Append(CultureInfo.InvariantCulture, $"My timeline has nothing about {names} for {span}. Everything it holds for that period:\n");
        }

        if (events.Count == 0)
        {
            var before = kb.Timeline.LastOrDefault(e => e.Date.End < from);
            var after = kb.Timeline.FirstOrDefault(e => e.Date.Start > to);
            body.Append(CultureInfo.InvariantCulture, $"I have no events recorded for {span}.");
            foreach (var e in new[] { before, after }.OfType<TimelineEvent>())
            {
                body.Append("\nNearest: ").Append(Line(e));
            }

            return new Answer
            {
                Outcome = Outcome.Answer,
                Intent = Name,
                Title = $"Events — {span}",
                Body = body.ToString(),
                AsOf = kb.AsOf,
                Confidence = 0.8,
                Sources = kb.SourcesFor(new[] { before, after }.OfType<TimelineEvent>().SelectMany(e => e.SourceIds)),
            };
        }

        foreach (var e in events.Take(MaxListed))
        {
            body.Append("• ").Append(Line(e)).Append('\n');
        }

        if (events.Count > MaxListed)
        {
            body.Append(CultureInfo.InvariantCulture, $"… and {events.Count - MaxListed} more; ask about a narrower period.\n");
        }

        if (to > kb.AsOf.End)
        {
            body.Append('\n').Append(AnswerParts.EndsBefore(kb, "anything later"));
        }

        var shown = events.Take(MaxListed).ToList();
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = $"Events — {span}",
            Body = body.ToString().TrimEnd(),
            Facts = [.. shown.Take(10).Select(e => new KeyFact(e.Date.ToString(), e.Title))],
            Sources = kb.SourcesFor(shown.SelectMany(e => e.SourceIds.Take(1))),
            AsOf = kb.AsOf,
            Confidence = 0.95,
            Context = new ConversationState
            {
                Year = from.Year == to.Year ? from.Year : null,
                FromYear = from.Year == to.Year || from == DateOnly.MinValue ? null : from.Year,
                ToYear = from.Year == to.Year || to == DateOnly.MaxValue ? null : to.Year,
                EventId = shown.Count == 1 ? shown[0].Id : null,
                Intent = Name,
            },
        };
    }

    private Answer Recent(KnowledgeBase kb, HashSet<string> topics) => new()
    {
        Outcome = Outcome.Answer,
        Intent = Name,
        Title = "Most recent events",
        Body = RecentLines(kb, topics, RecentCount) + "\n\n" + AnswerParts.EndsBefore(kb, "anything after that"),
        Sources = kb.SourcesFor(kb.Timeline.TakeLast(RecentCount).SelectMany(e => e.SourceIds.Take(1))),
        AsOf = kb.AsOf,
        Confidence = 0.95,
        Context = new ConversationState { Intent = Name, Year = kb.AsOf.Year },
    };

    private static string RecentLines(KnowledgeBase kb, HashSet<string> topics, int count)
    {
        var pool = topics.Count == 0 ? kb.Timeline : kb.Timeline.Where(e => e.RelatedFaq.Any(topics.Contains) || e.Tags.Any(topics.Contains)).ToList();
        return string.Join("\n", (pool.Count > 0 ? pool : kb.Timeline).TakeLast(count).Reverse().Select(e => "• " + Line(e)));
    }

    private static string Line(TimelineEvent e) => $"**{DateText(e)}** — {e.Title}";

    private static string DateText(TimelineEvent e)
    {
        var text = e.EndDate is { } end ? $"{e.Date.ToDisplay()} – {end.ToDisplay()}" : e.Date.ToDisplay();
        return e.DateNote is null ? text : $"{text} ({e.DateNote})";
    }

    private static string Describe(DateOnly from, DateOnly to, bool monthly)
    {
        if (monthly)
        {
            return from.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (from == DateOnly.MinValue)
        {
            return $"up to {to.Year}";
        }

        if (to == DateOnly.MaxValue)
        {
            return $"since {from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        }

        return from.Year == to.Year ? from.Year.ToString(CultureInfo.InvariantCulture) : $"{from.Year}–{to.Year}";
    }
}
