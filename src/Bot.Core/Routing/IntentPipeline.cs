using Bot.Core.Abstractions;
using Bot.Core.Routing.Intents;

namespace Bot.Core.Routing;

/// <summary>The intents in the order they are asked. Changing the order changes behaviour: tests pin it.</summary>
public static class IntentPipeline
{
    public static IReadOnlyList<IIntent> Create(IRetriever retriever, IAnswerComposer? composer = null) =>
    [
        new SafetyIntent(),
        new HelpIntent(),
        new FollowUpWithoutContextIntent(),
        new OutOfScopeIntent(),
        new TimelineIntent(),
        new StatisticIntent(),
        new GlossaryIntent(),
        new FaqIntent(retriever),
        new FreeFormIntent(retriever, composer),
    ];
}
