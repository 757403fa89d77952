using System.Diagnostics.Metrics;
using Bot.Core.Abstractions;
using Bot.Core.Telemetry;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// For <c>serve</c>, after <c>AddInfrastructure()</c>: <see cref="ILeadership"/> — the PostgreSQL lease kept by heartbeats when
    /// several replicas share the database, or <see cref="SoleLeadership"/> with LiteDB — <see cref="ClusterMetrics"/>, and with
    /// PostgreSQL the knowledge reload fan-out (<see cref="KnowledgeReloadFanOut"/>). Register before the adapters, so the lease
    /// is released after they stop.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgresLease>();
        services.AddSingleton<ILeadership>(sp => sp.UsesPostgres() ? sp.GetRequiredService<PostgresLease>() : SoleLeadership.Instance);
        services.AddSingleton(sp => new ClusterMetrics(
            sp.GetRequiredService<IMeterFactory>(), sp.GetRequiredService<ILeadership>(), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.InstanceName));
        services.AddHostedService<LeaseKeeper>();

        // Replaces the reloader AddInfrastructure registered: the same reload, announced to the other replicas.
        services.AddSingleton(sp => new KnowledgeReloadFanOut(
            sp.GetRequiredService<Knowledge.ReloadingKnowledgeProvider>(),
            sp.GetRequiredService<Storage.Postgres.PostgresDatabase>(),
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.InstanceName,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<KnowledgeReloadFanOut>>(),
            sp.GetRequiredService<Storage.Postgres.PostgresChannelSettingsStore>()));
        services.AddSingleton<IKnowledgeReloader>(sp => sp.UsesPostgres()
            ? sp.GetRequiredService<KnowledgeReloadFanOut>()
            : sp.GetRequiredService<Knowledge.ReloadingKnowledgeProvider>());
        services.AddHostedService<ReloadNoticeListener>();
        return services;
    }
}
