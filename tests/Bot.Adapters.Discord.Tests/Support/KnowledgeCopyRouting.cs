using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Support;

public static class KnowledgeCopyRouting
{
    /// <summary>
    /// The copy as knowledge and reloader, plus a router reading it: the Discord test bot builds its router over a fixed
    /// snapshot, so a reload would not reach the answers otherwise.
    /// </summary>
    public static void RegisterWithRouter(this KnowledgeCopy knowledge, IServiceCollection services)
    {
        knowledge.Register(services);
        services.AddSingleton(_ => new IntentRouter(knowledge.Provider, IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)), new NullQueryLog(), TimeProvider.System));
    }
}
