using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Charts;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Common.Telemetry;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Adapters.Common;

public static class CommonServiceCollectionExtensions
{
    /// <summary>
    /// What both adapters share (each adapter calls this; registering twice is harmless): recent answers, the signed-body reader,
    /// the chart port (no charts unless the host registers an <see cref="IChartRenderer"/>), the platform metrics, and Core's admin and
    /// feedback use cases.
    /// </summary>
    public static IServiceCollection AddAdapterCommon(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<PlatformMetrics>();
        services.TryAddSingleton<RecentAnswers>();
        services.TryAddSingleton<SignedBodyReader>();
        services.TryAddSingleton<IChartRenderer, NoChartRenderer>();
        services.TryAddSingleton<AnswerCharts>();

        // The use cases in Core both adapters render: digest subscriptions, knowledge reload, feedback votes. Storage and the
        // reloader are optional: without them the use cases say "not enabled" / "not available".
        services.TryAddSingleton<DigestSubscriptions>();
        services.TryAddSingleton<KnowledgeReload>();
        services.TryAddSingleton<FeedbackVotes>();

        // Conversations where people are: per-channel settings, followed threads (in memory unless storage registers its own),
        // and one throttle notice per person per burst.
        services.TryAddSingleton<IChannelSettingsStore, InMemoryChannelSettingsStore>();
        services.TryAddSingleton<IFollowedThreads, InMemoryFollowedThreads>();
        services.TryAddSingleton<IDeliveryDeduplicator, InMemoryDeliveryDeduplicator>();
        services.TryAddSingleton<ChannelSettingsAdmin>();
        services.TryAddSingleton<ThrottleNotices>();
        return services;
    }
}
