using System.Diagnostics.Metrics;
using Bot.Core.Abstractions;

namespace Bot.Core.Telemetry;

/// <summary><c>jkbot.leader</c>: 1 on the replica that holds the lease (runs the Gateway, Socket Mode and the digest scheduler), 0 on the others; labelled by instance.</summary>
public sealed class ClusterMetrics
{
    public ClusterMetrics(IMeterFactory meters, ILeadership leadership, string instance)
    {
        var meter = meters.Create(BotMeters.Cluster);
        meter.CreateObservableGauge("jkbot.leader", () => new Measurement<int>(leadership.IsLeader ? 1 : 0, new KeyValuePair<string, object?>("instance", instance)),
            description: "1 while this replica holds the lease, 0 otherwise.");
    }
}
