using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Cluster;

/// <summary>How replicas sharing a PostgreSQL database agree on one leader (section "Cluster"); unused with LiteDB.</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>How long the lease lasts without a heartbeat: after a crash, another replica takes over within this many seconds.</summary>
    [Range(2, 3600, ErrorMessage = "Cluster:LeaseSeconds must be between 2 and 3600.")]
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>This replica's name in <c>/readyz</c>, <c>/metrics</c> and the lease table; empty means host name and process id.</summary>
    public string Instance { get; set; } = "";

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public string InstanceName => string.IsNullOrWhiteSpace(Instance) ? $"{Environment.MachineName}-{Environment.ProcessId}" : Instance;
}
