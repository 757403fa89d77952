using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing.Choosing;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// The topic gate. Weather, coding help, other countries' affairs, and questions that match only on generic words
/// ("who won the election?", "when was the war?") with nothing tying them to Japan and Korea are declined politely,
/// saying what the bot covers. Noise with no recognisable word ("asdkjh qwe") gets a request to rephrase. An on-topic
/// conversation is never declined for leaving its subject unnamed ("탄핵소추는?", "why did it drop?").
/// </summary>
public sealed partial class OutOfScopeIntent : IIntent
{
    public string Name => IntentNames.OutOfScope;

    [GeneratedRegex(@"\bnorth korea|\bdprk\b|북한|北朝鮮")]
    private static partial Regex NorthKorea();

    [GeneratedRegex(@"\b(united states|america|american|americans|usa|u\.s\.|us (election|president|presidential|congress|senate)|brexit)\b|미국|アメリカ|米国")]
    private static partial Regex UnitedStates();

    /// <summary>
    /// Another country as a point of comparison ("before the US?", "미국보다 먼저", "米国より先に"): the thread's subject stays
    /// the subject.
    /// </summary>
    [GeneratedRegex(@"\b(than|before|after|ahead of) (the )?(us|u\.s\.|united states|america|washington|china|beijing)\b|(미국|중국|워싱턴|베이징)(보다|에 앞서|전에|다음에|이전에|이후에)|(米国|アメリカ|中国|ワシントン)(より|の前|の後|に先立)")]
    private static partial Regex ComparedWithAnotherCountry();

    /// <summary>Words the knowledge base uses that say nothing about Japan and Korea on their own.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "election", "elections", "elected", "won", "win", "winner", "president", "presidential", "prime", "minister", "ministers",
        "visit", "visited", "visits", "visitor", "visitors", "war", "wars", "summit", "summits", "treaty", "treaties", "vote", "votes",
        "government", "parliament", "court", "ruling", "trade", "economy", "history", "leader", "leaders", "capital", "population",
        "party", "parties", "world", "cup", "team", "game", "news", "policy", "military", "army", "islands", "island", "sea",
        // Everyday words the knowledge base happens to use ("Japan makes visa-free entry permanent") that tie "how do I make
        // bibimbap" or "recommend a good drama" to nothing of ours.
        "make", "makes", "made", "making", "best", "good", "better", "time", "recommend", "recommendation", "people", "live",
        "lives", "living", "food", "cook", "cooking", "recipe", "place", "places", "travel", "trip", "tips", "buy", "learn",
    };

    private static bool IsJamo(char c) => c is (>= '\u1100' and <= '\u11ff') or (>= '\u3130' and <= '\u318f');

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var part = context.Part;
        var w = part.Wording;
        var kb = context.Knowledge;
        if (part.IsStructured)
        {
            return ValueTask.FromResult<Candidate?>(null); // a slash command picked a metric or topic: it is on topic by construction
        }

        var offSubject = part.Scope.OffTopic || part.Scope.OtherCountry || UnitedStates().IsMatch(w.Folded);
        // North Korea's missiles are part of the Japan–Korea story (GSOMIA, trilateral drills): inside a thread, naming
        // them alone does not leave the subject; another country does.
        var onlyNorthKorea = NorthKorea().IsMatch(w.Folded) && !part.Scope.OffTopic && !Reading.Cues.OtherCountry().IsMatch(w.Folded)
            && !UnitedStates().IsMatch(w.Folded);
        // A thread about Japan and Korea carries its subject: a follow-up that names nothing is still on topic, and so is one
        // that only compares with another country.
        if (context.Conversation is { IsEmpty: false } && (!offSubject || onlyNorthKorea || ComparedWithAnotherCountry().IsMatch(w.Folded)))
        {
            return ValueTask.FromResult<Candidate?>(null);
        }

        // Korean or Japanese sentences (syllables/kana/kanji, not a row of ㅋ) naming nothing we know are out of scope.
        // One that names a topic in its own words ("헌법재판소 결정은…") is in scope: the passage search can answer it.
        var namesCjkTopic = w.Hits.Count == 0 && context.Index.CjkTopics.Named(w.Folded);
        var cjkSentence = w.Hits.Count == 0 && w.RecognisedWords == 0 && !part.Scope.JapanOrKorea && !part.Targets.NamesAnything
            && !namesCjkTopic && w.Folded.Count(c => TextNormalizer.IsCjk(c) && !IsJamo(c)) >= 4;
        if (w.Hits.Count == 0 && w.RecognisedWords == 0 && !cjkSentence && !namesCjkTopic && !part.Targets.NamesAnything && !part.Period.HasPeriod)
        {
            return ValueTask.FromResult<Candidate?>(new Candidate(new Answer
            {
                Outcome = Outcome.Clarify,
                Intent = IntentNames.Empty,
                Title = AnswerTemplates.For(context.Lang).RephraseTitle,
                Body = AnswerTemplates.For(context.Lang).RephraseBody,
                Suggestions = AnswerTemplates.For(context.Lang).ExampleQuestions.Take(3).ToList(),
                Lang = context.Lang,
                AsOf = kb.AsOf,
            }, Fit.Gate));
        }

        // Hits on North Korea alone don't make "north korea and russia" a Japan–Korea question.
        // An event named for another year ("the 2022 World Cup" against the 2002 one we hold) ties nothing to us.
        var years = part.Period.Years;
        var specificHit = w.Hits.Any(h => !NorthKorea().IsMatch(TextNormalizer.Fold(h.Phrase)) && !GenericWords.Contains(TextNormalizer.Fold(h.Phrase))
            && !(h.Kind == Index.TargetKind.Event && years.Count > 0 && kb.Event(h.Id) is { } e && !years.Contains(e.Date.Year)));
        var topicHit = part.Targets.FaqIds.Count + part.Targets.GlossaryIds.Count + part.Targets.EventIds.Count > 0;
        var specificWords = w.ContentWords.Any(c => c.Length > 3 && context.Index.KnowledgeWords.Contains(c) && !GenericWords.Contains(c));
        // A time with nothing generic attached ("2019?", "what happened in 2019") is a question about our timeline.
        var bareTime = part.Period.HasPeriod && !w.ContentWords.Any(GenericWords.Contains);
        var anchored = part.Scope.JapanOrKorea || specificHit || specificWords || namesCjkTopic || bareTime || part.Period.IsTenure
            || (part.Asks(Reading.AnswerType.Recent) && w.ContentWords.Count == 0) || (part.Asks(Reading.AnswerType.Events) && w.ContentWords.Count == 0);

        var decline = cjkSentence
            // "usd to krw", "best kpop group": an unrelated subject, even if a word also names a topic.
            || (part.Scope.OffTopic && !(topicHit && part.Scope.JapanOrKorea))
            // "us china trade war", "north korea and russia", "who won the US election": another country's affairs.
            || ((part.Scope.OtherCountry || UnitedStates().IsMatch(w.Folded)) && (!part.Scope.JapanOrKorea || (!part.Scope.BothCountries && !specificHit)))
            // "who won the election?": only generic words, nothing that ties it to Japan and Korea.
            || !anchored;
        // "trade", "war": one everyday word that one of our topics uses asks nothing yet; say which side of it we cover.
        if (decline && !offSubject && w.Words.Count is >= 1 and <= 2 && w.Words.All(GenericWords.Contains)
            && part.Targets.FaqIds is [var faqId, ..] && kb.Faq(faqId) is { } faq)
        {
            var t = AnswerTemplates.For(context.Lang);
            return ValueTask.FromResult<Candidate?>(new Candidate(new Answer
            {
                Outcome = Outcome.Clarify,
                Intent = Name,
                Title = t.BareWordTitle,
                Body = t.BareWord(faq.For(context.Lang).Title),
                Suggestions = context.Lang == Knowledge.Lang.En
                    ? [.. faq.Questions.Where(q => q.EndsWith('?') && char.IsUpper(q[0])).Take(2).Concat(t.ExampleQuestions).Take(3)]
                    : [.. t.ExampleQuestions.Take(3)],
                Lang = context.Lang,
                AsOf = kb.AsOf,
                Confidence = 0.9,
            }, Fit.Gate));
        }

        return ValueTask.FromResult(decline
            ? new Candidate(AnswerParts.Decline(Name, AnswerTemplates.For(context.Lang).OutsideScope, kb, context.Lang,
                confidence: part.Scope.JapanOrKorea ? 0.7 : 0.95), Fit.Gate)
            : null);
    }
}
