using System.Diagnostics;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Reporting;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Composing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>
/// Answers a question: reads it once into its parts, resolves each against the conversation, lets every intent propose
/// a candidate, chooses one per part (<see cref="CandidateChooser"/>), shapes it for the answer type (a claim checked, a
/// prediction declined), and joins the parts into one reply. Structured commands arrive already read.
/// </summary>
public sealed class IntentRouter(
    IKnowledgeProvider knowledge,
    IEnumerable<IIntent> intents,
    IConversationStore conversations,
    IQueryLog queryLog,
    TimeProvider time,
    IQuestionThrottle? throttle = null,
    RoutingIndexCache? indexes = null)
{
    private readonly IReadOnlyList<IIntent> _intents = [.. intents];
    private readonly RoutingIndexCache _indexes = indexes ?? new RoutingIndexCache();

    /// <summary>Below this confidence an answer says what it is unsure of and offers the closest topics.</summary>
    public const double UnsureBelow = 0.5;

    public async Task<Answer> RouteAsync(Question question, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var kb = knowledge.Current;
        var answer = throttle is not null && !throttle.TryAcquire(question, out var retryAfter)
            ? SlowDown(retryAfter, kb, AnswerLanguageFrame.Choose(question, conversations.Get(question.ConversationKey)))
            : await AnswerAsync(question, kb, cancellationToken).ConfigureAwait(false);
        if (answer.Context is { } state)
        {
            conversations.Set(question.ConversationKey, state);
        }

        queryLog.Record(new QueryLogEntry(
            time.GetUtcNow(), question.Platform, question.Text, answer.Intent,
            answer.Outcome.ToString().ToLowerInvariant(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, question.ConversationKey,
            question.AnswerId, answer.Confidence, AnswerTopic.Of(answer)));
        return answer;
    }

    /// <summary>
    /// Answers against the knowledge served now without remembering the conversation, logging, or counting against a limit:
    /// the curator report's re-check of questions the bot could not answer.
    /// </summary>
    public Task<Answer> PreviewAsync(Question question, CancellationToken cancellationToken = default) =>
        AnswerAsync(question, knowledge.Current, cancellationToken);

    /// <summary>How a question was read and every candidate's score, part by part (<c>ask --explain</c>; nothing is remembered or logged).</summary>
    public async Task<IReadOnlyList<PartTrace>> ExplainAsync(Question question, CancellationToken cancellationToken = default)
    {
        var traces = new List<PartTrace>();
        await AnswerAsync(question, knowledge.Current, cancellationToken, traces).ConfigureAwait(false);
        return traces;
    }

    private async Task<Answer> AnswerAsync(Question question, KnowledgeBase kb, CancellationToken cancellationToken, List<PartTrace>? traces = null)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var text = question.Command is { } command ? CommandTranslator.ToText(command, kb) : question.Text;
        var state = conversations.Get(question.ConversationKey);
        var language = AnswerLanguageFrame.Choose(question, state);
        var t = AnswerTemplates.For(language.Lang);
        if (string.IsNullOrWhiteSpace(TextNormalizer.Clean(text)))
        {
            return AnswerLanguageFrame.Finish(Clarify(IntentNames.Empty, t.EmptyTitle, t.EmptyBody, kb, language.Lang), language);
        }

        if (Intents.TooLongQuestion.Check(text, kb, language.Lang) is { } tooLong)
        {
            return AnswerLanguageFrame.Finish(tooLong, language);
        }

        var index = _indexes.For(kb);
        IReadOnlyList<QuestionPart> parts = question.Command is { } cmd
            ? [CommandTranslator.Apply(cmd, QuestionReader.ReadPart(text, index, today), kb)]
            : QuestionReader.Read(text, index, today);

        var answers = new List<Answer>(parts.Count);
        foreach (var part in parts)
        {
            var resolved = FollowUpResolver.Resolve(part, state, index);
            var context = new RouteContext(question, resolved, kb, index, state, today, language.Lang);
            var (composed, ranked) = await AnswerPartAsync(context, cancellationToken).ConfigureAwait(false);
            var answer = AnswerLanguageFrame.Mark(composed, language.Lang);
            traces?.Add(new PartTrace(resolved, ranked, answer));
            answers.Add(answer);
            // The next part ("… and who followed him?") reads this answer as its context, like a follow-up.
            if (answer.Context is { } next)
            {
                // An answer that names no time of its own still leaves the thread at the one year its question asked
                // about ("did Korea attend the memorial that year?" → "and the year after?").
                if (next.Year is null && next.FromYear is null && next.ToYear is null && next.SeriesIds.Count == 0 && resolved.Period.Years.Count == 1)
                {
                    next = next with { Year = resolved.Period.Years[0] };
                }

                state = next with { RecentYears = RecentYears(state, next) };
            }
        }

        var joined = PartsJoiner.Join(answers, kb);
        // Fifty questions in one message get the first few answers and a plain word about the rest, never silence. Only a
        // message split to the limit can have been cut, so the rest are not counted on every question.
        if (question.Command is null && parts.Count == QuestionSplitter.MaxParts
            && QuestionSplitter.Count(TextNormalizer.Clean(text)) is var asked && asked > parts.Count)
        {
            joined = joined with { Body = joined.Body + "\n\n" + t.UnansweredParts(asked, parts.Count) };
        }

        // What the thread remembers is the state after the last part, with the years asked along the way.
        return AnswerLanguageFrame.Finish(joined.Context is null || state is null ? joined : joined with { Context = state }, language);
    }

    /// <summary>The last two distinct years the thread has asked about, oldest first.</summary>
    private static IReadOnlyList<int> RecentYears(ConversationState? before, ConversationState next)
    {
        var years = (before?.RecentYears ?? []).ToList();
        foreach (var y in new[] { next.FromYear, next.ToYear, next.Year }.OfType<int>())
        {
            years.Remove(y);
            years.Add(y);
        }

        return years.Count > 2 ? years[^2..] : years;
    }

    /// <summary>One part: gates first, then every intent's candidate, then the one choice and the answer type's shape.</summary>
    private async Task<(Answer Answer, IReadOnlyList<ScoredCandidate> Ranked)> AnswerPartAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var part = context.Part;
        var candidates = new List<Candidate>();
        foreach (var intent in _intents.Where(i => !i.IsExpensive))
        {
            if (await intent.ProposeAsync(context, cancellationToken).ConfigureAwait(false) is not { } candidate)
            {
                continue;
            }

            if (candidate.Fit.Decisive)
            {
                return (candidate.Answer, [new ScoredCandidate(candidate, 1, 1)]);
            }

            candidates.Add(candidate);
        }

        var ranked = CandidateChooser.Rank(candidates, part, context.Index);
        if (ranked.Count == 0 || ranked[0].Score < CandidateChooser.GoodEnough)
        {
            foreach (var intent in _intents.Where(i => i.IsExpensive))
            {
                if (await intent.ProposeAsync(context, cancellationToken).ConfigureAwait(false) is { } candidate)
                {
                    candidates.Add(candidate);
                }
            }

            ranked = CandidateChooser.Rank(candidates, part, context.Index);
        }

        if (ranked.Count == 0)
        {
            var t = AnswerTemplates.For(context.Lang);
            return (Clarify(IntentNames.FreeForm, t.NotSureTitle, t.NotSureBody, context.Knowledge, context.Lang), ranked);
        }

        // An answer is never more confident than the choice step scored it.
        static Answer Scored(ScoredCandidate c) => c.Candidate.Answer with { Confidence = Math.Round(Math.Min(c.Candidate.Answer.Confidence, c.Score), 3) };
        var best = ranked[0];
        var answer = Scored(best);
        var shaped = part.Type switch
        {
            AnswerType.Claim => ClaimCheck.ComposeBest(part, [answer, .. ranked.Skip(1)
                .Where(r => r.Score >= best.Score - ClaimCheck.SettlingMargin).Select(Scored)], context.Knowledge, context.Lang),
            AnswerType.Prediction => PredictionDecline.Compose(answer, context.Knowledge, context.Lang),
            _ when ClaimCheck.CorrectPremise(part, answer, context.Knowledge, context.Lang) is { } corrected => corrected,
            _ when BeyondAsOf.Applies(part, context.Knowledge) => BeyondAsOf.Compose(answer, context.Knowledge, context.Lang),
            _ when EventArithmetic.Compose(part, answer, context.Lang) is { } computed => computed,
            _ when OtherYearOnly.Applies(part, answer, context.Knowledge) => OtherYearOnly.Compose(context),
            _ when answer.Outcome == Outcome.Answer && answer.Confidence < UnsureBelow => Unsure.Compose(answer, context),
            _ => answer,
        };
        return (shaped, ranked);
    }

    /// <summary>One part of a question as read, with every candidate scored, and the answer given.</summary>
    public sealed record PartTrace(QuestionPart Part, IReadOnlyList<ScoredCandidate> Candidates, Answer Answer);

    private static Answer SlowDown(TimeSpan retryAfter, KnowledgeBase kb, LanguageChoice language)
    {
        var t = AnswerTemplates.For(language.Lang);
        return AnswerLanguageFrame.Finish(new Answer
        {
            Outcome = Outcome.Decline,
            Intent = IntentNames.RateLimited,
            Title = t.SlowDownTitle,
            ForAskerOnly = true,
            Body = t.SlowDown(Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))),
            AsOf = kb.AsOf,
            Lang = language.Lang,
        }, language);
    }

    private static Answer Clarify(string intent, string title, string body, KnowledgeBase kb, Lang lang) => new()
    {
        Outcome = Outcome.Clarify,
        Intent = intent,
        Title = title,
        Body = body,
        Suggestions = AnswerTemplates.For(lang).ExampleQuestions.Take(3).ToList(),
        AsOf = kb.AsOf,
        Confidence = 1.0,
        Lang = lang,
    };
}
