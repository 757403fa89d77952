using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// "How many times did Abe go to Yasukuni as PM?", "이재명 정부 들어서 정상회담 몇 번 했어?": a count of events of one kind
/// (summits, visits…), of the people and topic named, in the period or term asked. The count is of the timeline's
/// events, and the answer says so: a knowledge base can miss an event, and the list shows which ones were counted.
/// </summary>
public sealed partial class TimelineIntent
{
    [GeneratedRegex(@"\b(how many times|how often|how many (summits|visits|trips|meetings|drills|protests|elections))\b|몇 ?(번|차례|회)|何回|何度")]
    private static partial Regex HowManyTimes();

    /// <summary>Going somewhere, in any language: a visit is what is counted when no other kind of event is named.</summary>
    [GeneratedRegex(@"\b(go|goes|went|gone|going|visit|visits|visited|visiting|trips?|been)\b|갔|가 ?봤|방문|참배|行った|行っ|訪問|参拝|訪れ")]
    private static partial Regex Goes();

    [GeneratedRegex(@"\b(he|she|him|her|his)\b|그는|그가|그녀|彼|彼女")]
    private static partial Regex ThirdPerson();

    private Candidate? Count(RouteContext context, HashSet<string> topics)
    {
        var (part, kb, lang) = (context.Part, context.Knowledge, context.Lang);
        var folded = part.Wording.Folded;
        if (!HowManyTimes().IsMatch(folded) || part.Targets.SeriesNamed)
        {
            return null;
        }

        var kind = EventKind(folded) ?? (Goes().IsMatch(folded) ? "visit" : null);
        if (kind is null)
        {
            return null;
        }

        var threadPeople = ThirdPerson().IsMatch(folded) ? ThreadPeople(context).ToList() : [];
        var people = part.Targets.GlossaryIds.Select(kb.Term).OfType<GlossaryTerm>().Where(g => g.Kind == "person")
            .Concat(threadPeople).DistinctBy(g => g.Id).ToList();
        var leaders = people.Where(g => g.HeldOffice).ToList();
        // A person's name can be a topic's alias too ("이재명" names his Japan policy): it bounds by person, not by topic.
        var hits = part.Wording.Hits;
        var named = topics.Where(id => !hits.Any(h => h.Kind == TargetKind.Faq && h.Id == id)
            || hits.Any(h => h.Kind == TargetKind.Faq && h.Id == id && !hits.Any(p => p.Kind == TargetKind.Glossary
                && kb.Term(p.Id)?.Kind == "person" && TopicNames.SameName(p, h)))).ToHashSet(StringComparer.Ordinal);
        var topic = named.Count > 0 ? named : topics.Count == 0 && part.Targets.ThreadTopic is { } t ? [t] : [];
        var (from, to) = part.Period.HasPeriod ? Period(part.Period) : (DateOnly.MinValue, DateOnly.MaxValue);
        // Bounded by people, a topic or a period, every event of the kind in those bounds is counted. Unbounded ("how many
        // summits has lee had?" with a name not recognised) a count would take in everyone's: no count then.
        if (people.Count == 0 && topic.Count == 0 && !part.Period.HasPeriod)
        {
            return null;
        }

        var counted = kb.Timeline
            .Where(e => e.IsA(kind))
            .Where(e => e.Date.End >= from && e.Date.Start <= to)
            .Where(e => leaders.All(l => l.InOfficeOn(e.Date.Start)))
            .Where(e => people.All(p => e.Mentions(p.FamilyName)))
            .Where(e => topic.Count == 0 || e.RelatedFaq.Any(topic.Contains) || e.Tags.Any(topic.Contains))
            .OrderBy(e => e.Date.Start)
            .ToList();
        // The thread goes on about the person asked about ("how many summits did he hold?" → "why did he resign?").
        var about = threadPeople.FirstOrDefault() ?? (people.Count == 1 ? people[0] : null);
        return counted.Count == 0 ? null : new Candidate(Counted(kb, counted, about?.Id, lang), new Fit(1.0, 0.8));
    }

    /// <summary>"He" in a thread about a person's card or event: that person, or the people the event's title names.</summary>
    private static IEnumerable<GlossaryTerm> ThreadPeople(RouteContext context)
    {
        var kb = context.Knowledge;
        if (context.Conversation?.GlossaryId is { } id && kb.Term(id) is { Kind: "person" } named)
        {
            return [named];
        }

        return context.Conversation?.EventId is { } eventId && kb.Event(eventId) is { } e ? kb.PeopleNamedIn(e) : [];
    }

    private Answer Counted(KnowledgeBase kb, IReadOnlyList<TimelineEvent> events, string? personId, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var body = new StringBuilder();
        foreach (var e in events)
        {
            body.Append("• ").Append(Line(e, lang)).Append('\n');
        }

        body.Append('\n').Append(t.CountedFromTimeline);
        return EventsAnswer(kb, events, t.CountedEvents(events.Count), body, 0.9, new ConversationState
        {
            EventId = events.Count == 1 ? events[0].Id : null, GlossaryId = personId, Intent = Name, AnswerType = nameof(AnswerType.Number),
        }, lang);
    }
}
