using Bot.Adapters.Slack.Inbound.SocketMode;
using Bot.Core.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack;

/// <summary>
/// Slack's part of <c>/readyz</c>: in Socket Mode ready only while a connection is open (Slack said hello); in Events mode
/// ready (the endpoints are mapped and verify with the signing secret checked at start); switched off,
/// <see cref="Readiness.Disabled"/>.
/// </summary>
public sealed class SlackHealthCheck(IOptions<SlackOptions> options, SocketModeClient socketMode) : IHealthCheck
{
    public const string Name = "slack";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.Mode switch
        {
            SlackMode.Events => HealthCheckResult.Healthy("ok"),
            SlackMode.SocketMode when socketMode.IsConnected => HealthCheckResult.Healthy("ok"),
            SlackMode.SocketMode when socketMode.IsStandby => HealthCheckResult.Healthy("standby: the leader replica holds Socket Mode"),
            SlackMode.SocketMode when socketMode.StopReason is { } reason => HealthCheckResult.Unhealthy($"socket mode stopped: {reason}"),
            SlackMode.SocketMode => HealthCheckResult.Unhealthy("socket mode not connected"),
            _ => HealthCheckResult.Healthy(Readiness.Disabled),
        });
}
