using Bot.Core.Abstractions;
using Bot.Core.Routing;

namespace Bot.Host.Composition;

public static class CoreServices
{
    /// <summary>The router and its intents, in their fixed order (Core itself stays free of DI packages).</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddSingleton<IReadOnlyList<IIntent>>(sp =>
            IntentPipeline.Create(sp.GetRequiredService<IRetriever>(), sp.GetService<IAnswerComposer>()));
        services.AddSingleton(sp => new IntentRouter(
            sp.GetRequiredService<IKnowledgeProvider>(),
            sp.GetRequiredService<IReadOnlyList<IIntent>>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IQueryLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IQuestionThrottle>()));
        return services;
    }
}
