using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>Registers storage on the configured provider (LiteDB or PostgreSQL): every store behind the same interfaces.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StorageOptions"/> (validated at start), the provider's database (<see cref="LiteDbContext"/> or
    /// <see cref="PostgresDatabase"/>, as <see cref="IStorageHealth"/>), and <see cref="IQueryLog"/>, <see cref="IConversationStore"/>,
    /// <see cref="IDigestStore"/>, <see cref="IFeedbackStore"/>, <see cref="IDeliveryDeduplicator"/>, <see cref="IFollowedThreads"/>,
    /// <see cref="IChannelSettingsStore"/> and <see cref="IEmbeddingCache"/>, the <see cref="QuestionRetentionSweep"/> and <see cref="QueryLogRollupStartup"/>. Only the configured provider's classes are ever created.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        AddProvided<IStorageHealth, LiteDbContext, PostgresDatabase>(services);

        // One instance behind every name: the host's CLI verbs read Recent/Count from the same log the router writes.
        AddProvided<IQueryLogStore, LiteDbQueryLog, PostgresQueryLog>(services);
        services.AddSingleton<IQueryLog>(sp => sp.GetRequiredService<IQueryLogStore>());
        AddProvided<IConversationBatchStore, LiteDbConversationStore, PostgresConversationStore>(services);
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<IConversationBatchStore>());
        AddProvided<IDigestStore, LiteDbDigestStore, PostgresDigestStore>(services);
        AddProvided<IFeedbackStore, LiteDbFeedbackStore, PostgresFeedbackStore>(services);
        AddProvided<IDeliveryDeduplicator, LiteDbDeliveryDeduplicator, PostgresDeliveryDeduplicator>(services);
        AddProvided<IFollowedThreads, LiteDbFollowedThreads, PostgresFollowedThreads>(services);
        AddProvided<IChannelSettingsStore, LiteDbChannelSettingsStore, PostgresChannelSettingsStore>(services);
        AddProvided<IEmbeddingCache, LiteDbEmbeddingCache, PostgresEmbeddingCache>(services);
        services.AddSingleton<IGapVectorCache>(sp => (IGapVectorCache)sp.GetRequiredService<IEmbeddingCache>());
        services.AddHostedService<PostgresSchemaStartup>();
        services.AddHostedService<QuestionRetentionSweep>();
        services.AddHostedService<QueryLogRollupStartup>();
        return services;
    }

    /// <summary>True when the configured provider is PostgreSQL (throws the options' validation error when the configuration is bad).</summary>
    public static bool UsesPostgres(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres;

    private static void AddProvided<TService, TLiteDb, TPostgres>(IServiceCollection services)
        where TService : class
        where TLiteDb : class, TService
        where TPostgres : class, TService
    {
        services.TryAddSingleton<TLiteDb>();
        services.TryAddSingleton<TPostgres>();
        services.AddSingleton<TService>(sp => sp.UsesPostgres() ? sp.GetRequiredService<TPostgres>() : sp.GetRequiredService<TLiteDb>());
    }
}
