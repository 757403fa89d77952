using Bot.Core.Answers;
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
                Title = "What are we following up on?",
                Body = context.Conversation is { IsEmpty: false }
                    ? "What would you like to know next? Ask it in a few words, e.g. \"and the year before?\", \"why?\" or \"what about Japan's view?\""
                    : "That sounds like a follow-up, but I don't know what it follows. Ask the full question, e.g. \"Korea's exports to Japan in 2019?\"",
                Suggestions = AnswerParts.ExampleQuestions.Take(3).ToList(),
                AsOf = context.Knowledge.AsOf,
            }, Fit.Gate)
            : null);
}
