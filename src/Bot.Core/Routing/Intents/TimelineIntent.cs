using System.Globalization;
using System.Text;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// Dated events. One event for "when did X happen", "what happened at X", "why was Seoul upset about X" (with why it
/// mattered and each government's position); every matching event for "which presidents have been to Dokdo?"; the events
/// of a period for "what happened in 2019"; the latest events for "what happened recently".
/// </summary>
public sealed partial class TimelineIntent : IIntent
{
    public string Name => IntentNames.Timeline;

    private const int MaxListed = 12;
    private const int RecentCount = 6;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Propose(context));

    private Candidate? Propose(RouteContext context)
    {
        var part = context.Part;
        var kb = context.Knowledge;
        var lang = context.Lang;
        if (part.IsStructured && part.Targets.FaqIds.Count > 0)
        {
            return null; // /faq topic:… picked the topic already
        }

        var topics = part.Targets.FaqIds.ToHashSet(StringComparer.Ordinal);
        var period = part.Period;
        var ranked = context.Index.Events.Rank(part);
        var best = ranked.Count > 0 && ranked[0].Score >= EventMatcher.MinScore ? ranked[0] : null;
        // "Why?", "how long did it last?", "where?": the thread's event, when nothing else matches better.
        var threadEvent = context.Conversation?.EventId is { } threadId && part.Targets.EventIds.Contains(threadId) && kb.Event(threadId) is { } te ? te : null;
        if (best is null && threadEvent is not null && part.Wording.Hits.Count == 0)
        {
            best = new EventMatch(threadEvent, EventMatcher.MinScore);
        }

        // "Did it actually end?" in a thread about an event: the next event of its topic, unless another event is named.
        if (context.Conversation?.EventId is { } storyId && kb.Event(storyId) is { } story && !period.HasPeriod
            && WhatNext.Asked(part.Wording.Folded) && part.Wording.Hits.All(h => h.Kind != TargetKind.Event || h.Id == storyId)
            && WhatNext.After(story, kb, part.Wording.Folded) is { } next)
        {
            return new Candidate(Single(next, kb, part, lang), new Fit(1.0, 0.8));
        }

        if (Count(context, topics) is { } count)
        {
            return count;
        }

        if (part.Type == AnswerType.Recent || (period.Relative == TimeWord.Recent && part.Type is AnswerType.Events or AnswerType.Overview && !period.HasPeriod))
        {
            return new Candidate(Recent(kb, topics, lang), new Fit(1.0, 0.7));
        }

        // "When were the first and second memorials?", "Kishida's two trips to Seoul — when?": the dates of each.
        var kind = EventKind(part.Wording.Folded);
        var listOfEvents = part.Type == AnswerType.List && (part.Wording.Words.Any(w => EventWords.Contains(w)) || (kind is not null && Every().IsMatch(part.Wording.Folded)));
        // "Which chemicals exactly?" in a thread about the export curbs, "일본 수출규제 품목 3개 뭐였더라": things of the
        // thread's (or the named) event, not a list of events.
        var itemsOf = part.Type == AnswerType.List && !listOfEvents && kind is null && best is not null
            ? ranked.FirstOrDefault(m => m.Score >= EventMatcher.MinScore
                && (m.Event == threadEvent || part.Wording.Hits.Any(h => h.Kind == TargetKind.Event && h.Id == m.Event.Id)))
            : null;
        var itemsOfOneEvent = itemsOf is not null;
        best = itemsOf ?? best;
        if ((part.Type == AnswerType.List || (part.Type == AnswerType.Date && Several().IsMatch(part.Wording.Folded)))
            && best is not null && !period.HasPeriod && !itemsOfOneEvent)
        {
            // "Which prime ministers has Lee held summits with?": every matching event of the kind asked, not the best few
            // of any kind (his election matches "Lee" better than a later summit does).
            var listKind = part.Type == AnswerType.List ? kind : null;
            // A leader named bounds it to his time in office: Lee's summits, not the Camp David one of Yoon's.
            var leaders = part.Targets.GlossaryIds.Select(kb.Term).OfType<GlossaryTerm>().Where(g => g.HeldOffice).ToList();
            var ofKind = listKind is null ? [] : ranked.Where(m => m.Score >= EventMatcher.MinScore
                && m.Event.IsA(listKind)
                && leaders.All(l => l.InOfficeOn(m.Event.Date.Start))).ToList();
            var matches = (ofKind.Count > 1 ? ofKind : ranked.Where(m => m.Score >= Math.Max(EventMatcher.MinScore, best.Score * 0.6))).Take(MaxListed).ToList();
            if (matches.Count > 1)
            {
                return new Candidate(Matching(kb, matches, lang), new Fit(1.0, 0.7));
            }
        }

        // "what happened in 2019", "events between 2015 and 2018", a bare "2019?": the period's events. A strong single
        // match inside the period ("what happened at the Nara summit in 2026") is one event instead.
        // A list of events ("which summits were held in 2025?") lists the period; a list of things ("the three chemicals
        // restricted in July 2019") is one event's details.
        var listsPeriod = period.HasPeriod && (part.Type == AnswerType.Events || listOfEvents
            || (part.Type == AnswerType.Overview && part.Wording.ContentWords.Count == 0 && part.Targets.EventIds.Count == 0)
            || period.IsTenure);
        if (listsPeriod && !(best is not null && best.Score >= EventMatcher.MinScore + 4 && part.Type != AnswerType.List && !period.IsTenure))
        {
            var (from, to) = Period(period);
            var ofKind = listOfEvents ? kind : null;
            var filtered = topics.Count > 0 || part.Targets.GlossaryIds.Count > 0 || ofKind is not null;
            return new Candidate(List(kb, from, to, topics, period.Month is not null, lang, ofKind), new Fit(
                TypeMatch: part.Type is AnswerType.Events or AnswerType.Overview || listOfEvents ? 1.0 : 0.8,
                Specificity: part.Type == AnswerType.Events || period.IsTenure ? 0.9 : filtered ? 0.7 : 0.55));
        }

        if (best is null)
        {
            // A topic with no period ("GSOMIA timeline", "history of the textbook dispute"): its events.
            return part.Type == AnswerType.Events && topics.Count > 0
                ? new Candidate(List(kb, kb.Timeline[0].Date.Start, kb.AsOf.End, topics, false, lang), new Fit(0.9, 0.6))
                : null;
        }

        // "Who is right about GSOMIA?" wants both positions; a bare topic name ("gsomia???") the topic's overview.
        // A topic dated to the year of its best event ("did Korea attend the Sado memorial in 2025?") asks about that event.
        var datedToBest = part.Type == AnswerType.Overview && period.Years.Count == 1 && best.Event.Date.Start.Year == period.Years[0]
            && NamesTitleWord(part, best.Event);
        var topicOverview = part.Asking.WhoIsRight || (part.Type is AnswerType.Overview or AnswerType.Definition && topics.Count > 0
            && !part.Targets.EventIds.Contains(best.Event.Id) && !datedToBest);
        var onThreadEvent = threadEvent is not null && best.Event == threadEvent && part.Wording.Hits.Count == 0;
        // "Why that day?", "그날 어디였어?": only an event has a day, so the thread's event is named, not its topic.
        var thatDay = onThreadEvent && part.Type is AnswerType.Reason or AnswerType.Place or AnswerType.Person && ThatDay().IsMatch(part.Wording.Folded);
        // Named outright counts, unless the same words name a topic too ("export controls"): then the topic is as likely meant.
        var hits = part.Wording.Hits;
        var eventHits = hits.Where(h => h.Kind == TargetKind.Event && h.Id == best.Event.Id).ToList();
        var sharedName = eventHits.Any(e => hits.Any(f => f.Kind == TargetKind.Faq
            && (e.Start >= 0 ? f.Start == e.Start && f.Length == e.Length : Overlap(f.Phrase, e.Phrase))));
        var namedOutright = eventHits.Count > 0 && !sharedName;
        // "What was the radar lock-on incident?", "Kim Dae-jung Obuchi declaration — what was it?": an event named by a name
        // that is its own alone, or by its people and a word of its title, is defined by its own summary.
        var onlyTheEventsName = eventHits.Any(e => !hits.Any(o => o.Kind != TargetKind.Event && TopicNames.SameName(o, e)));
        var definesEvent = part.Type == AnswerType.Definition && !topicOverview && !Cues.Position().IsMatch(part.Wording.Folded)
            && (onlyTheEventsName || (hits.Count > 0 && hits.All(h => h.Kind == TargetKind.Glossary && kb.Term(h.Id)?.Kind == "person")
                && part.Wording.ContentWords.Count > 0 && NamesTitleWord(part, best.Event)));
        var typeMatch = thatDay || definesEvent ? 1.0 : onThreadEvent && part.Type is not (AnswerType.Extreme or AnswerType.Change or AnswerType.Comparison) ? 0.8 : topicOverview ? 0.3 : part.Asking.WhoIsRight ? 0.3 : part.Type == AnswerType.Overview && topics.Count > 0 && !datedToBest ? 0.55 : part.Type switch
        {
            AnswerType.Date => 1.0,
            AnswerType.Events or AnswerType.Overview or AnswerType.Claim => 0.9,
            // "Why did Japan impose export controls?" names the topic and its event alike: the topic's answer is broader.
            AnswerType.Reason => best.Event.RelatedFaq.Any(topics.Contains) ? 0.75 : 0.85,
            AnswerType.Place => 0.75,
            AnswerType.Person => 0.7,
            // "How much did the January 2021 court order Japan to pay each plaintiff?": an event whose summary states the amount.
            AnswerType.Number => AnswerEvidence.HasAmount(best.Event.Summary) ? 0.7 : 0.5,
            AnswerType.Definition or AnswerType.Prediction => 0.5,
            AnswerType.List => HasList(best.Event.Summary) ? (itemsOfOneEvent ? 0.95 : 0.75) : 0.45,
            _ => 0.2,
        };
        // A second event scoring nearly as well makes the match less certain ("Lee–Ishiba summit": which one?).
        var margin = ranked.Count > 1 ? Math.Clamp((best.Score - ranked[1].Score) / 4, 0, 1) : 1;
        var named = namedOutright || thatDay ? 0.2 : 0;
        var specificity = Math.Clamp(0.2 + (Math.Min(1, best.Score / 8) * 0.4) + (margin * 0.2) + named, 0.2, 1);
        return new Candidate(Single(best.Event, kb, part, lang), new Fit(typeMatch, specificity));
    }

    /// <summary>A word of the question, or of a name it uses, is in the event's title ("the Sado memorial" → "…second Sado memorial").</summary>
    private static bool NamesTitleWord(QuestionPart part, TimelineEvent ev)
    {
        var title = Tokenizer.Words(TextNormalizer.Fold(ev.Title)).ToHashSet(StringComparer.Ordinal);
        return part.Wording.ContentWords.Any(title.Contains)
            || part.Wording.Hits.Any(h => Tokenizer.Words(h.Phrase).Any(w => w.Length > 3 && title.Contains(w)));
    }

    // Plural only: "the outcomes of the March 2023 summit" lists one event's details, "the summits of 2025" lists events.
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "events", "happened", "summits", "meetings", "visits", "incidents", "protests", "rulings", "drills", "elections",
        "milestones", "developments",
    };

    /// <summary>The kind of event a list asks for, as its English titles word it ("summits", 정상회담 → "summit").</summary>
    private static string? EventKind(string folded)
    {
        foreach (var (cue, kind) in EventKinds)
        {
            if (folded.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static readonly (string Cue, string Kind)[] EventKinds =
    [
        ("summit", "summit"), ("정상회담", "summit"), ("首脳会談", "summit"), ("election", "election"), ("선거", "election"),
        ("選挙", "election"), ("protest", "protest"), ("drill", "drill"),
    ];

    /// <summary>"Every summit", "정상회담 목록": a list of events of one kind, though the English word is singular.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(every|each|all( the)?|list( of)?( the)?) (summit|election|protest|drill)s?\b|모든 정상회담|정상회담 목록|(すべての|全ての)首脳会談|首脳会談の?一覧")]
    private static partial System.Text.RegularExpressions.Regex Every();

    /// <summary>"That day", "the same day", 그날, その日, 当日: a day refers back to a dated event.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(that|this|the same|that same) (day|date)\b|그날|그 날|その日|当日|同日")]
    private static partial System.Text.RegularExpressions.Regex ThatDay();

    /// <summary>"Both", "the first and second", "두 번", "2回": the dates of several events of one kind are asked for.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(both|two|three|four|first and second|second and third|first and last|each of)\b|두 (번|차례)|세 (번|차례)|첫 번째와 두 번째|2回|二回|2度|二度|3回|三回|両方|1回目と2回目|最初と2回目")]
    private static partial System.Text.RegularExpressions.Regex Several();

    /// <summary>A summary that enumerates ("fluorinated polyimide, resist and hydrogen fluoride") answers "what were the…".</summary>
    private static bool HasList(string text) => text.Count(c => c is ',' or ';' or '、') >= 2;

    /// <summary>Two Korean/Japanese names overlap when one contains the other ("수출규제" in "일본 수출규제").</summary>
    private static bool Overlap(string a, string b)
    {
        var x = new string([.. a.Where(c => !char.IsWhiteSpace(c))]);
        var y = new string([.. b.Where(c => !char.IsWhiteSpace(c))]);
        return x.Contains(y, StringComparison.OrdinalIgnoreCase) || y.Contains(x, StringComparison.OrdinalIgnoreCase);
    }

    private static (DateOnly From, DateOnly To) Period(Period p)
    {
        if (p.From is not null || p.To is not null)
        {
            return (p.From?.Start ?? DateOnly.MinValue, p.To?.End ?? DateOnly.MaxValue);
        }

        var year = p.Years[0];
        if (p.Month is { } m)
        {
            var d = p.Day is { } day && day <= DateTime.DaysInMonth(year, m) ? new PartialDate(year, m, day) : new PartialDate(year, m);
            return (d.Start, d.End);
        }

        return p.Years.Count >= 2
            ? (new PartialDate(p.Years.Min()).Start, new PartialDate(p.Years.Max()).End)
            : (new PartialDate(year).Start, new PartialDate(year).End);
    }

    private Answer Single(TimelineEvent e, KnowledgeBase kb, QuestionPart part, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var text = e.Text(lang);
        var body = new StringBuilder();
        if (part.Period.Years.Any(y => y > kb.AsOf.Year) || (part.Period.Years.Contains(kb.AsOf.Year) && part.Period.Month is { } m && m > kb.AsOf.Month))
        {
            // Asked about a time after the knowledge ends: say so before offering the nearest event held.
            body.Append(AnswerParts.EndsBefore(kb, t.ThatPeriod, lang)).Append(t.ClosestEvent).Append("\n\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"**{DateText(e, lang)}** — {text.Summary}");
        body.Append("\n\n").Append(t.WhyItMatters).Append(text.Significance);
        if (e.Flag is Flag.W or Flag.C)
        {
            body.Append("\n\n").Append(e.Flag == Flag.W ? t.EventWeakSource : t.EventSourcesDiffer);
        }

        var sources = e.SourceIds.ToList();
        var untranslated = text.Lang != lang;
        if (part.Type == AnswerType.Reason && e.RelatedFaq.Select(kb.Faq).FirstOrDefault(f => f is not null) is { } entry)
        {
            // "Why was Seoul upset about X?": the reason each side gives is in the topic's summary and positions.
            var faq = entry.For(lang);
            untranslated |= faq.Lang != lang;
            body.Append("\n\n**").Append(faq.Title).Append("**\n").Append(faq.Summary.Trim());
            var sections = entry.Contested ? faq.Positions : faq.Sections.Take(1);
            foreach (var s in sections)
            {
                body.Append("\n\n**").Append(s.Heading).Append("**\n").Append(s.Body.Trim());
            }

            sources.AddRange(entry.SourceIds.Take(2));
        }

        if (untranslated && lang != Lang.En)
        {
            body.Append("\n\n").Append(t.Untranslated);
        }

        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = text.Title,
            Body = body.ToString(),
            Facts = [new KeyFact(t.DateLabel, DateText(e, lang))],
            Sources = kb.SourcesFor(sources),
            AsOf = kb.AsOf,
            Confidence = 1.0,
            Suggestions = [t.WhatHappenedIn(e.Date.Year.ToString(CultureInfo.InvariantCulture)), .. e.RelatedFaq.Take(1).Select(f => t.TellMeAbout(kb.Faq(f)?.For(lang).Title ?? f))],
            Lang = lang,
            Context = new ConversationState
            {
                EventId = e.Id,
                Year = e.Date.Year,
                FaqId = e.RelatedFaq.FirstOrDefault(),
                Intent = Name,
                AnswerType = part.Type.ToString(),
            },
        };
    }

    /// <summary>"Which presidents have been to Dokdo?": every event that matches, oldest first.</summary>
    private Answer Matching(KnowledgeBase kb, IReadOnlyList<EventMatch> matches, Lang lang)
    {
        var events = matches.Select(m => m.Event).OrderBy(e => e.Date.Start).ToList();
        var body = new StringBuilder();
        foreach (var e in events)
        {
            body.Append("• ").Append(Line(e, lang)).Append(" — ").Append(FirstSentence(e.Text(lang).Summary)).Append('\n');
        }

        return EventsAnswer(kb, events, AnswerTemplates.For(lang).MatchingEvents(events.Count), body, 0.9,
            new ConversationState { EventId = events.Count == 1 ? events[0].Id : null, Intent = Name, AnswerType = nameof(AnswerType.List) }, lang);
    }

    /// <summary>A list of events as an answer: each event's date and title as a fact, its first source cited.</summary>
    private Answer EventsAnswer(KnowledgeBase kb, IReadOnlyList<TimelineEvent> shown, string title, StringBuilder body, double confidence,
        ConversationState context, Lang lang) => new()
    {
        Outcome = Outcome.Answer,
        Intent = Name,
        Lang = lang,
        Title = title,
        Body = body.ToString().TrimEnd() + UntranslatedLine(shown, lang),
        Facts = [.. shown.Take(10).Select(e => new KeyFact(e.Date.ToString(), e.Text(lang).Title))],
        Sources = kb.SourcesFor(shown.SelectMany(e => e.SourceIds.Take(1))),
        AsOf = kb.AsOf,
        Confidence = confidence,
        Context = context,
    };

    private Answer List(KnowledgeBase kb, DateOnly from, DateOnly to, HashSet<string> topics, bool monthly, Lang lang, string? kind = null)
    {
        var t = AnswerTemplates.For(lang);
        var span = Describe(from, to, monthly, lang);
        if (from > kb.AsOf.End)
        {
            return new Answer
            {
                Outcome = Outcome.Answer,
                Intent = Name,
                Title = t.EventsTitle(span),
                Body = AnswerParts.EndsBefore(kb, t.EventsIn(span), lang) + "\n\n" + RecentLines(kb, topics, 3, lang),
                AsOf = kb.AsOf,
                Confidence = 0.9,
                Sources = kb.SourcesFor(kb.Timeline.TakeLast(3).SelectMany(e => e.SourceIds)),
                Suggestions = [t.WhatHappenedRecently],
                Lang = lang,
            };
        }

        var inPeriod = kb.Timeline.Where(e => e.Date.End >= from && e.Date.Start <= to).ToList();
        // "Every summit in 2025": the period's events of that kind, when its titles name any.
        if (kind is not null && inPeriod.Where(e => e.IsA(kind)).ToList() is { Count: > 0 } ofKind)
        {
            inPeriod = ofKind;
        }

        var filtered = topics.Count == 0 ? inPeriod : inPeriod.Where(e => e.RelatedFaq.Any(topics.Contains) || e.Tags.Any(topics.Contains)).ToList();
        var events = filtered.Count > 0 ? filtered : inPeriod;
        var body = new StringBuilder();
        if (topics.Count > 0 && filtered.Count == 0)
        {
            // Never let an unfiltered list pass for an answer about the topic.
            var names = string.Join(", ", topics.Select(id => kb.Faq(id)?.For(lang).Title ?? id));
            body.Append(t.NothingAbout(names, span)).Append('\n');
        }

        if (events.Count == 0)
        {
            var before = kb.Timeline.LastOrDefault(e => e.Date.End < from);
            var after = kb.Timeline.FirstOrDefault(e => e.Date.Start > to);
            body.Append(t.NoEvents(span));
            foreach (var e in new[] { before, after }.OfType<TimelineEvent>())
            {
                body.Append('\n').Append(t.Nearest).Append(Line(e, lang));
            }

            return new Answer
            {
                Outcome = Outcome.Answer,
                Intent = Name,
                Lang = lang,
                Title = t.EventsTitle(span),
                Body = body.ToString(),
                AsOf = kb.AsOf,
                Confidence = 0.8,
                Sources = kb.SourcesFor(new[] { before, after }.OfType<TimelineEvent>().SelectMany(e => e.SourceIds)),
            };
        }

        foreach (var e in events.Take(MaxListed))
        {
            body.Append("• ").Append(Line(e, lang)).Append('\n');
        }

        if (events.Count > MaxListed)
        {
            body.Append(t.AndMore(events.Count - MaxListed)).Append('\n');
        }

        if (to > kb.AsOf.End)
        {
            body.Append('\n').Append(AnswerParts.EndsBefore(kb, t.AnythingLater, lang));
        }

        var shown = events.Take(MaxListed).ToList();
        return EventsAnswer(kb, shown, t.EventsTitle(span), body, 0.95, new ConversationState
        {
            Year = from.Year == to.Year ? from.Year : null,
            FromYear = from.Year == to.Year || from == DateOnly.MinValue ? null : from.Year,
            ToYear = from.Year == to.Year || to == DateOnly.MaxValue ? null : to.Year,
            EventId = shown.Count == 1 ? shown[0].Id : null,
            FaqId = topics.Count == 1 ? topics.First() : null,
            Intent = Name,
            AnswerType = nameof(AnswerType.Events),
        }, lang);
    }

    private Answer Recent(KnowledgeBase kb, HashSet<string> topics, Lang lang) => new()
    {
        Outcome = Outcome.Answer,
        Intent = Name,
        Lang = lang,
        Title = AnswerTemplates.For(lang).MostRecentEvents,
        Body = RecentLines(kb, topics, RecentCount, lang) + "\n\n" + AnswerParts.EndsBefore(kb, AnswerTemplates.For(lang).AnythingAfterThat, lang),
        Sources = kb.SourcesFor(kb.Timeline.TakeLast(RecentCount).SelectMany(e => e.SourceIds.Take(1))),
        AsOf = kb.AsOf,
        Confidence = 0.95,
        Context = new ConversationState { Intent = Name, Year = kb.AsOf.Year, AnswerType = nameof(AnswerType.Recent) },
    };

    private static string RecentLines(KnowledgeBase kb, HashSet<string> topics, int count, Lang lang)
    {
        var pool = topics.Count == 0 ? kb.Timeline : kb.Timeline.Where(e => e.RelatedFaq.Any(topics.Contains) || e.Tags.Any(topics.Contains)).ToList();
        return string.Join("\n", (pool.Count > 0 ? pool : kb.Timeline).TakeLast(count).Reverse().Select(e => "• " + Line(e, lang)));
    }

    /// <summary>The one line that says some listed events are shown in English (none in an English answer).</summary>
    private static string UntranslatedLine(IEnumerable<TimelineEvent> events, Lang lang) =>
        lang != Lang.En && events.Any(e => !e.Translations.Has(lang)) ? "\n\n" + AnswerTemplates.For(lang).Untranslated : "";

    private static string FirstSentence(string text) => PassageIndex.Sentences(text).FirstOrDefault() ?? text;

    private static string Line(TimelineEvent e, Lang lang) => $"**{DateText(e, lang)}** — {e.Text(lang).Title}";

    /// <summary>"22 June 1965", "1965년 6월 22일 – 1965년 6월 23일", with the date note in the event's language.</summary>
    public static string DateText(TimelineEvent e, Lang lang = Lang.En)
    {
        var text = e.EndDate is { } end ? $"{e.Date.ToDisplay(lang)} – {end.ToDisplay(lang)}" : e.Date.ToDisplay(lang);
        return e.Text(lang).DateNote is { } note ? $"{text} ({note})" : text;
    }

    private static string Describe(DateOnly from, DateOnly to, bool monthly, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        if (monthly)
        {
            return new PartialDate(from.Year, from.Month).ToDisplay(lang);
        }

        if (from == DateOnly.MinValue)
        {
            return t.UpTo(new PartialDate(to.Year).ToDisplay(lang));
        }

        if (to == DateOnly.MaxValue)
        {
            return t.Since(PartialDate.From(from).ToDisplay(lang));
        }

        return from.Year == to.Year ? new PartialDate(from.Year).ToDisplay(lang) : t.YearSpan(from.Year, to.Year);
    }
}
