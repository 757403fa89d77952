using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// "Who is Japan's prime minister now?", "who was president then?", "지금 외교부 장관 누구야?": the holder of an office at a
/// time, from the glossary's terms of office. "Now" means the knowledge base's as-of date, which the answer states.
/// </summary>
public sealed partial class RoleIntent : IIntent
{
    /// <summary>"List every summit Lee had with a Japanese PM": the events are asked for, not who held the office.</summary>
    [GeneratedRegex(@"\b(list|every|all|each|how many)( of)?( the| his| her| their)? (summits?|meetings?|talks|visits?|trips?)\b")]
    private static partial Regex EventsListed();

    public string Name => IntentNames.Role;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var part = context.Part;
        if (part.Asking.Succession != Reading.Succession.None && Succession(context) is { } succession)
        {
            return ValueTask.FromResult<Candidate?>(succession);
        }

        if (part.Targets.Office is not { } office || part.Type is not (AnswerType.Person or AnswerType.Overview or AnswerType.Claim or AnswerType.List)
            || Cues.OfficeHolderWhoDid().IsMatch(part.Wording.Folded) || EventsListed().IsMatch(part.Wording.Folded))
        {
            return ValueTask.FromResult<Candidate?>(null);
        }

        // A named person with no time ("who is Takaichi") is the glossary's answer, not the office's.
        var namesPerson = part.Targets.GlossaryIds.Any(id => context.Knowledge.Term(id)?.Kind == "person");
        if (namesPerson && !part.Period.HasPeriod && part.Period.Relative != TimeWord.Now && part.Type != AnswerType.Claim)
        {
            return ValueTask.FromResult<Candidate?>(null);
        }

        var answer = Answer(context, office);
        // "Not in my sources" is a weak answer next to an event that names the person ("the 1995 apology statement").
        var found = answer?.Facts.Count > 0;
        return ValueTask.FromResult<Candidate?>(answer is null ? null : new Candidate(answer, new Fit(
            TypeMatch: !found ? 0.3 : part.Type is AnswerType.Person or AnswerType.Claim or AnswerType.List ? 1.0 : 0.7,
            Specificity: found ? 0.9 : 0.3)));
    }

    private Answer? Answer(RouteContext context, string office)
    {
        var kb = context.Knowledge;
        var lang = context.Lang;
        var r = AnswerTemplates.For(lang).Roles;
        var holders = context.Index.OfficeHolders[office].ToList();
        if (holders.Count == 0)
        {
            return null;
        }

        var years = context.Part.Period.Years;
        var range = context.Part.Period.From is { } from ? (from.Start, context.Part.Period.To?.End ?? kb.AsOf.End) : ((DateOnly, DateOnly)?)null;
        // "Who was president when GSOMIA was signed?": the event named places the question on its day.
        if (years.Count == 0 && range is null && context.Part.Period.Relative != TimeWord.Now
            && (context.Part.Targets.EventIds is [var eventId] ? kb.Event(eventId)
                : Cues.When().IsMatch(context.Part.Wording.Folded) ? context.Index.Events.Best(context.Part)?.Event : null) is { } e)
        {
            years = [e.Date.Year];
            range = (e.Date.Start, e.Date.Start);
        }

        var now = years.Count == 0 && range is null;
        var dated = holders.Where(h => h.InOfficeFrom is not null).ToList();
        List<GlossaryTerm> found;
        string when;
        if (now)
        {
            found = [.. dated.Where(h => h.InOfficeOn(kb.AsOf.End))];
            if (found.Count == 0)
            {
                // An office whose holders carry no dates: the ones the sources name, said plainly; of those, the one
                // serving in a government that is in office now ("in the Takaichi cabinet"), not the 1965 signatory.
                var undated = holders.Where(h => h.InOfficeFrom is null).ToList();
                var current = undated.Where(h => ServesCurrentGovernment(h, kb)).ToList();
                found = current.Count > 0 ? current : undated;
            }

            when = r.AsOf(kb.AsOf.ToDisplay(lang));
        }
        else
        {
            var (start, end) = range ?? (new PartialDate(years.Min()).Start, new PartialDate(years.Max()).End);
            found = [.. dated.Where(h => h.InOfficeFrom!.Value.Start <= end && (h.InOfficeTo is not { } to || to.End >= start)).OrderBy(h => h.InOfficeFrom)];
            if (found.Count == 0)
            {
                // A holder my sources date only by what they did ("Prime Minister of Japan at the 1965 normalization").
                found = [.. holders.Where(h => h.InOfficeFrom is null
                    && years.Any(y => h.Description.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))];
            }
            when = range is null || start.Year == end.Year ? r.InYears(string.Join("–", years.Distinct().Order())) : r.FromTo(start.Year, end.Year);
        }

        var label = r.Office(office);
        var inSentence = r.OfficeInSentence(lang == Lang.En ? office : label);
        var body = new StringBuilder();
        if (found.Count == 0)
        {
            body.Append(r.NoHolder(when, inSentence));
            var known = dated.OrderBy(h => h.InOfficeFrom).Select(h => $"{h.Name(lang)} ({Term(h, r, lang)})");
            body.Append("\n\n").Append(r.HoldersHeld).Append(string.Join("; ", known)).Append(lang == Lang.Ja ? '。' : '.');
            return Build(kb, $"{label} — {r.NotInSources}", body.ToString(), [], office, years, confidence: 0.8);
        }

        if (found.Count == 1)
        {
            var h = found[0];
            body.Append(r.Holder(when, inSentence, RoleTemplates.NameMarkup(h, lang), h.Name(lang), now, h.InOfficeFrom is null ? null : Term(h, r, lang)));
        }
        else
        {
            body.Append(r.HoldersIntro(when, inSentence, now)).Append('\n');
            foreach (var h in found)
            {
                body.Append("• ").Append(RoleTemplates.NameMarkup(h, lang)).Append(h.InOfficeFrom is null ? "" : r.InOffice(Term(h, r, lang))).Append('\n');
            }
        }

        foreach (var h in found.Take(2))
        {
            body.Append("\n\n").Append(h.Text(lang).Description);
        }

        if (found.All(h => h.InOfficeFrom is null))
        {
            body.Append("\n\n").Append(r.NoTermDates);
        }

        return Build(kb, $"{label}: {string.Join(", ", found.Select(h => h.Name(lang)))}", body.ToString(), found, office, years, confidence: 0.95);
    }

    private static bool ServesCurrentGovernment(GlossaryTerm holder, KnowledgeBase kb) =>
        kb.Glossary.Where(g => g.InOfficeOn(kb.AsOf.End)).Any(leader => Text.Patterns.IsMatch(
            holder.Description, $@"\b{System.Text.RegularExpressions.Regex.Escape(leader.FamilyName)}\s+(cabinet|government|administration)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    /// <summary>
    /// "When did Ishiba resign and who followed him?", "후임은 누구?": the next (or previous) holder of the office of the
    /// person named, or of the person the thread is about.
    /// </summary>
    private Candidate? Succession(RouteContext context)
    {
        var kb = context.Knowledge;
        var lang = context.Lang;
        var r = AnswerTemplates.For(lang).Roles;
        if (SubjectPerson(context) is not { Office: { } office, InOfficeFrom: not null } person)
        {
            return null;
        }

        var after = context.Part.Asking.Succession == Reading.Succession.Successor;
        var other = OfficeSuccession.Adjacent(context.Index.OfficeHolders[office], person, after);
        var label = r.Office(office);
        var inSentence = r.OfficeInSentence(lang == Lang.En ? office : label);
        if (other is null)
        {
            var body = after
                ? r.NoSuccessor(person.Name(lang), inSentence, kb.AsOf.ToDisplay(lang), person.InOfficeTo is null)
                : r.NoPredecessor(person.Name(lang), inSentence);
            return new Candidate(Build(kb, $"{label}: {r.NotInSources}", body, [], office, [], confidence: 0.8), new Fit(0.7, 0.5));
        }

        var markup = RoleTemplates.NameMarkup(other, lang);
        var text = after
            ? r.Followed(markup, person.Name(lang), inSentence, Term(other, r, lang))
            : r.Preceded(markup, person.Name(lang), inSentence, Term(other, r, lang));
        return new Candidate(
            Build(kb, $"{label}: {other.Name(lang)}", text + "\n\n" + other.Text(lang).Description, [other], office, [], confidence: 0.95),
            new Fit(TypeMatch: 1.0, Specificity: 0.9));
    }

    /// <summary>The person a succession question is about: named in it, or the thread's person or event.</summary>
    private static GlossaryTerm? SubjectPerson(RouteContext context)
    {
        var kb = context.Knowledge;
        bool WithOffice(GlossaryTerm g) => g.Kind == "person" && g.HeldOffice;
        var named = context.Part.Targets.GlossaryIds.Select(kb.Term).OfType<GlossaryTerm>().FirstOrDefault(WithOffice);
        if (named is not null)
        {
            return named;
        }

        if (context.Conversation?.GlossaryId is { } threadPerson && kb.Term(threadPerson) is { } p && WithOffice(p))
        {
            return p;
        }

        // "Ishiba announces his resignation": the office holder the thread's event is about, first named in its title.
        if (context.Conversation?.EventId is not { } eventId || kb.Event(eventId) is not { } e)
        {
            return null;
        }

        var title = TextNormalizer.Fold(e.Title);
        return kb.Glossary.Where(WithOffice)
            .Select(g => (g, at: title.IndexOf(g.FamilyName, StringComparison.Ordinal)))
            .Where(x => x.at >= 0).OrderBy(x => x.at).Select(x => x.g).FirstOrDefault();
    }

    private Answer Build(KnowledgeBase kb, string title, string body, IReadOnlyList<GlossaryTerm> found, string office, IReadOnlyList<int> years, double confidence)
    {
        var sources = found.SelectMany(h => TookOffice(h, kb)?.SourceIds ?? []).ToList();
        return new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = title,
            Body = body,
            Facts = [.. found.Select(h => new KeyFact(office, h.English))],
            Sources = kb.SourcesFor(sources),
            AsOf = kb.AsOf,
            Confidence = confidence,
            Context = new ConversationState
            {
                GlossaryId = found.Count == 1 ? found[0].Id : null,
                Office = office,
                Year = years.Count == 1 ? years[0] : null,
                Intent = Name,
                AnswerType = nameof(AnswerType.Person),
            },
        };
    }

    /// <summary>The timeline event of the person taking office, whose sources back the answer.</summary>
    internal static TimelineEvent? TookOffice(GlossaryTerm person, KnowledgeBase kb)
    {
        if (person.InOfficeFrom is not { } from)
        {
            return null;
        }

        var surname = person.FamilyName;
        return kb.Timeline.FirstOrDefault(e => e.Date.Year == from.Year && (from.Month is null || e.Date.Month == from.Month)
            && e.Mentions(surname));
    }

    private static string Term(GlossaryTerm h, RoleTemplates r, Lang lang) =>
        h.InOfficeTo is { } to ? $"{h.InOfficeFrom!.Value.ToDisplay(lang)} – {to.ToDisplay(lang)}" : r.Since(h.InOfficeFrom!.Value.ToDisplay(lang));
}
