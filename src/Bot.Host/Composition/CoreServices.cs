using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Bot.Core.Routing.Index;
using Bot.Infrastructure.Knowledge;
using Bot.Core.Telemetry;

namespace Bot.Host.Composition;

public static class CoreServices
{
    /// <summary>The router and its intents, in their fixed order (Core itself stays free of DI packages).</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<QuestionMetrics>();
        // One routing index per knowledge snapshot, built by the reload's warmers before the snapshot serves.
        services.AddSingleton<RoutingIndexCache>();
        services.AddSingleton<IKnowledgeSnapshotWarmer, RoutingIndexWarmer>();
        services.AddSingleton<IReadOnlyList<IIntent>>(sp =>
            IntentPipeline.Create(sp.GetRequiredService<IRetriever>(), sp.GetService<IAnswerComposer>()));
        services.AddSingleton(sp => new IntentRouter(
            sp.GetRequiredService<IKnowledgeProvider>(),
            sp.GetRequiredService<IReadOnlyList<IIntent>>(),
            sp.GetRequiredService<IConversationStore>(),
            // Whichever log is registered last (direct or write-behind), metered here and only here: every answer counted once.
            new MeteredQueryLog(sp.GetRequiredService<IQueryLog>(), sp.GetRequiredService<QuestionMetrics>()),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IQuestionThrottle>(),
            sp.GetRequiredService<RoutingIndexCache>()));
        return services;
    }
}
