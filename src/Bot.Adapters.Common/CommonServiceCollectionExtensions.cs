using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Charts;
using Bot.Adapters.Common.Inbound;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Common.Work;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        services.TryAddSingleton<ReasonPrompts>();

        // Conversations where people are: per-channel settings, followed threads (in memory unless storage registers its own),
        // and one throttle notice per person per burst.
        services.TryAddSingleton<IChannelSettingsStore, InMemoryChannelSettingsStore>();
        services.TryAddSingleton<IFollowedThreads, InMemoryFollowedThreads>();
        services.TryAddSingleton<IDeliveryDeduplicator, InMemoryDeliveryDeduplicator>();
        services.TryAddSingleton<ChannelSettingsAdmin>();
        services.TryAddSingleton<ThrottleNotices>();
        return services;
    }

    /// <summary>
    /// A platform's settings as both adapters bind them: from <paramref name="section"/>, data annotations plus the platform's own
    /// validator (per mode, naming each key), checked at start; then what both adapters share (<see cref="AddAdapterCommon"/>).
    /// </summary>
    public static IServiceCollection AddPlatformOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>()
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddAdapterCommon();
    }

    /// <summary>
    /// The platform's <see cref="WorkQueue"/>, keyed by <paramref name="platform"/> (inject it with <c>[FromKeyedServices]</c>), sized by
    /// its settings, and run as a hosted service — registered directly: AddHostedService keeps one hosted service per implementation
    /// type, so the second adapter's queue would never run.
    /// </summary>
    /// <param name="size">Capacity and workers, from the platform's settings.</param>
    public static IServiceCollection AddWorkQueue(this IServiceCollection services, string platform, string name, Func<IServiceProvider, (int Capacity, int Workers)> size)
    {
        services.AddKeyedSingleton(platform, (sp, _) =>
        {
            var (capacity, workers) = size(sp);
            return new WorkQueue(name, capacity, workers, sp.GetRequiredService<ILogger<WorkQueue>>());
        });
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredKeyedService<WorkQueue>(platform));
        return services;
    }
}
