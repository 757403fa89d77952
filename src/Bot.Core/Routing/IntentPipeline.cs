using Bot.Core.Abstractions;
using Bot.Core.Routing.Intents;

namespace Bot.Core.Routing;

/// <summary>
/// The intents, in the order used to break a tie between equally good candidates (the only thing the order decides).
/// Gates come first: a safety decline or an empty question wins outright.
/// </summary>
public static class IntentPipeline
{
    public static IReadOnlyList<IIntent> Create(IRetriever retriever, IAnswerComposer? composer = null) =>
    [
        new SafetyIntent(),
        new HelpIntent(),
        new FollowUpWithoutContextIntent(),
        new OutOfScopeIntent(),
        new RoleIntent(),
        new TimelineIntent(),
        new StatisticIntent(),
        new GlossaryIntent(),
        new FaqIntent(retriever),
        new PassageIntent(),
        new FreeFormIntent(retriever, composer),
    ];
}
