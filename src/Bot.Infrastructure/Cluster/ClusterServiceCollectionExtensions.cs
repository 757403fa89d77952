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
    /// For <c>serve</c>, after <c>AddStorage()</c>: <see cref="ILeadership"/> — the PostgreSQL lease kept by heartbeats when
    /// several replicas share the database, or <see cref="SoleLeadership"/> with LiteDB — and <see cref="ClusterMetrics"/>.
    /// Register before the adapters, so the lease is released after they stop.
    /// </summary>
    public static IServiceCollection AddLeaderElection(this IServiceCollection services)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgresLease>();
        services.AddSingleton<ILeadership>(sp => sp.UsesPostgres() ? sp.GetRequiredService<PostgresLease>() : SoleLeadership.Instance);
        services.AddSingleton(sp => new ClusterMetrics(
            sp.GetRequiredService<IMeterFactory>(), sp.GetRequiredService<ILeadership>(), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.InstanceName));
        services.AddHostedService<LeaseKeeper>();
        return services;
    }
}
