using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// Weather, coding help, other countries' relations…: a polite decline that says what the bot covers.
/// Noise with no recognisable word ("asdkjh qwe", "%%%") gets a request to rephrase instead.
/// Runs before the data intents so that a stray word ("visa", "this week") can't pull an unrelated question in.
/// </summary>
public sealed partial class OutOfScopeIntent : IIntent
{
    public string Name => IntentNames.OutOfScope;

    [GeneratedRegex(@"\bnorth korea|\bdprk\b|북한|北朝鮮")]
    private static partial Regex NorthKorea();

    private static bool IsJamo(char c) => c is (>= '\u1100' and <= '\u11ff') or (>= '\u3130' and <= '\u318f');

    public ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var q = context.Query;
        var kb = context.Knowledge;
        // Korean or Japanese sentences (syllables/kana/kanji, not a row of ㅋ) naming nothing we know are out of scope.
        var cjkSentence = q.Hits.Count == 0 && q.RecognisedWords == 0 && q.Folded.Count(c => Text.TextNormalizer.IsCjk(c) && !IsJamo(c)) >= 4;
        if (q.Hits.Count == 0 && q.RecognisedWords == 0 && !cjkSentence)
        {
            return ValueTask.FromResult<Answer?>(new Answer
            {
                Outcome = Outcome.Clarify,
                Intent = IntentNames.Empty,
                Title = "Could you rephrase that?",
                Body = "I couldn't make out a question there. Ask me about Japan–South Korea relations, e.g. \"" + AnswerParts.ExampleQuestions[0] + "\"",
                Suggestions = AnswerParts.ExampleQuestions.Take(3).ToList(),
                AsOf = kb.AsOf,
            });
        }

        // Hits on North Korea alone don't make "north korea and russia" a Japan–Korea question.
        var specificHit = q.Hits.Any(h => !NorthKorea().IsMatch(TextNormalizer.Fold(h.Phrase)));
        var topicHit = q.FaqIds.Count + q.GlossaryIds.Count + q.EventIds.Count > 0;
        var knowsWords = q.ContentWords.Any(w => w.Length > 3 && KnowledgeWords.For(kb).Contains(w));
        // A follow-up ("tell me more") carries the topic of the last answer, resolved into the ids below.
        if (q.FaqIds.Count + q.SeriesIds.Count + q.EventIds.Count + q.GlossaryIds.Count > 0 && !q.MentionsOffTopic && !q.MentionsOtherCountry && q.Hits.Count == 0)
        {
            return ValueTask.FromResult<Answer?>(null);
        }

        var decline = cjkSentence ||
            // "usd to krw", "best kpop group": an unrelated subject, even if a word also names a topic.
            (q.MentionsOffTopic && !(topicHit && q.MentionsJapanOrKorea))
            // "us china trade war", "north korea and russia": another country's relations.
            || (q.MentionsOtherCountry && (!q.MentionsJapanOrKorea || (!q.MentionsBothCountries && !specificHit)))
            || (!q.HasKnowledgeHit && !q.MentionsJapanOrKorea && !q.AsksRecent && !q.AsksTimeline && !q.RangeIsTenure && !knowsWords
                && q.Years.Count == 0);
        return ValueTask.FromResult(decline
            ? AnswerParts.Decline(Name, "That's outside what I cover", "Sorry — that's not something I can answer.", kb, confidence: q.MentionsJapanOrKorea ? 0.7 : 0.95)
            : null);
    }
}
