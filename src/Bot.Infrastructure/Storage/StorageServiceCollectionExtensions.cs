using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Infrastructure.Storage;

/// <summary>Registers LiteDB storage: the query log, the conversation store, feedback votes, delivery claims, followed threads and channel settings.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StorageOptions"/> (validated at start), one shared <see cref="LiteDbContext"/>, <see cref="IQueryLog"/>, <see cref="IConversationStore"/>, <see cref="IFeedbackStore"/>, <see cref="IDeliveryDeduplicator"/>, <see cref="IFollowedThreads"/> and <see cref="IChannelSettingsStore"/>.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiteDbContext>();

        // One instance behind both names: the host's CLI verbs read Recent/Count from the same log the router writes.
        services.AddSingleton<LiteDbQueryLog>();
        services.AddSingleton<IQueryLog>(sp => sp.GetRequiredService<LiteDbQueryLog>());
        services.AddSingleton<IConversationStore, LiteDbConversationStore>();
        services.AddSingleton<IDigestStore, LiteDbDigestStore>();
        services.AddSingleton<IFeedbackStore, LiteDbFeedbackStore>();
        services.AddSingleton<IDeliveryDeduplicator, LiteDbDeliveryDeduplicator>();
        services.AddSingleton<IFollowedThreads, LiteDbFollowedThreads>();
        services.AddSingleton<IChannelSettingsStore, LiteDbChannelSettingsStore>();
        return services;
    }
}
