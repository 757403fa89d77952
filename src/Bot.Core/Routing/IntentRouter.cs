using System.Diagnostics;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>
/// Picks one intent per question. Intents are asked in the order given (an explicit list, see
/// <see cref="IntentPipeline"/>); structured commands are translated first and skip classification.
/// </summary>
public sealed class IntentRouter(
    IKnowledgeProvider knowledge,
    IEnumerable<IIntent> intents,
    IConversationStore conversations,
    IQueryLog queryLog,
    TimeProvider time,
    IQuestionThrottle? throttle = null)
{
    private readonly IReadOnlyList<IIntent> _intents = [.. intents];

    public async Task<Answer> RouteAsync(Question question, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var kb = knowledge.Current;
        var answer = throttle is not null && !throttle.TryAcquire(question, out var retryAfter)
            ? SlowDown(retryAfter, kb)
            : await AnswerAsync(question, kb, cancellationToken).ConfigureAwait(false);
        if (answer.Context is { } state)
        {
            conversations.Set(question.ConversationKey, state);
        }

        queryLog.Record(new QueryLogEntry(
            time.GetUtcNow(), question.Platform, question.Text, answer.Intent,
            answer.Outcome.ToString().ToLowerInvariant(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, question.ConversationKey));
        return answer;
    }

    private async Task<Answer> AnswerAsync(Question question, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var text = question.Command is { } command ? CommandTranslator.ToText(command, kb) : question.Text;
        if (string.IsNullOrWhiteSpace(TextNormalizer.Clean(text)))
        {
            return Clarify(IntentNames.Empty, "Ask me something", "Type a question about Japan–South Korea relations.", kb);
        }

        if (Intents.TooLongQuestion.Check(text, kb) is { } tooLong)
        {
            return tooLong;
        }

        var parsed = QueryParser.Parse(text, kb, today);
        if (question.Command is { } cmd)
        {
            parsed = CommandTranslator.Apply(cmd, parsed, kb);
        }

        var conversation = conversations.Get(question.ConversationKey);
        var resolved = FollowUpResolver.Resolve(parsed, conversation);

        var context = new RouteContext(question, resolved, kb, conversation, today);
        foreach (var intent in _intents)
        {
            if (await intent.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) is { } answer)
            {
                return answer;
            }
        }

        return Clarify(IntentNames.FreeForm, "I'm not sure what you mean", "Could you rephrase that as a question about Japan–Korea relations?", kb);
    }

    private static Answer SlowDown(TimeSpan retryAfter, KnowledgeBase kb) => new()
    {
        Outcome = Outcome.Decline,
        Intent = IntentNames.RateLimited,
        Title = "One moment, please",
        ForAskerOnly = true,
        Body = $"You're asking faster than I answer here. Try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s.",
        AsOf = kb.AsOf,
    };

    private static Answer Clarify(string intent, string title, string body, KnowledgeBase kb) => new()
    {
        Outcome = Outcome.Clarify,
        Intent = intent,
        Title = title,
        Body = body,
        Suggestions = AnswerParts.ExampleQuestions.Take(3).ToList(),
        AsOf = kb.AsOf,
        Confidence = 1.0,
    };
}
