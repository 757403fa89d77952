using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Core.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord;

/// <summary>
/// Discord's part of <c>/readyz</c>: in Gateway mode ready only while the session is READY (or RESUMED); in Http mode ready once
/// the public key is loaded (the endpoint can verify requests); switched off, it reports <see cref="Readiness.Disabled"/>.
/// </summary>
public sealed class DiscordHealthCheck(IOptions<DiscordOptions> options, GatewayClient gateway, InteractionSignature signature) : IHealthCheck
{
    public const string Name = "discord";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        switch (options.Value.Mode)
        {
            case DiscordMode.Http:
                // Parses the configured key (once): the same verifier the endpoint checks every request with.
                signature.Load();
                return HealthCheckResult.Healthy("ok");
            case DiscordMode.Gateway when gateway.IsStandby:
                return HealthCheckResult.Healthy("standby: the leader replica holds the Gateway");
            case DiscordMode.Gateway:
                return gateway.State switch
                {
                    GatewayState.Ready => HealthCheckResult.Healthy("ok"),
                    GatewayState.Failed => HealthCheckResult.Unhealthy($"gateway stopped: {gateway.StopReason}"),
                    GatewayState.Stopped => HealthCheckResult.Unhealthy("gateway stopped"),
                    _ => HealthCheckResult.Unhealthy("gateway not connected"),
                };
            default:
                return HealthCheckResult.Healthy(Readiness.Disabled);
        }
    }
}
