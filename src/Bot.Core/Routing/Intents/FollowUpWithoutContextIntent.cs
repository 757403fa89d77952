using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing.Choosing;

namespace Bot.Core.Routing.Intents;

/// <summary>"and the year after that?", "what about exports?" with no earlier answer to lean on: ask for the full question.</summary>
public sealed class FollowUpWithoutContextIntent : IIntent
{
    public string Name => IntentNames.FollowUp;

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Candidate?>(context.Part.FollowUp.NeedsContext
            ? new Candidate(new Answer
            {
                Outcome = Outcome.Clarify,
                Intent = Name,
                Title = AnswerTemplates.For(context.Lang).FollowUpTitle,
                Body = context.Conversation is { IsEmpty: false }
                    ? AnswerTemplates.For(context.Lang).FollowUpNextBody
                    : AnswerTemplates.For(context.Lang).FollowUpBody,
                Suggestions = AnswerTemplates.For(context.Lang).ExampleQuestions.Take(3).ToList(),
                Lang = context.Lang,
                AsOf = context.Knowledge.AsOf,
            }, Fit.Gate)
            : null);
}
