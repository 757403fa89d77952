namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>Where the Gateway client is, for logs, health and tests.</summary>
public enum GatewayState
{
    Off,
    Connecting,
    Ready,
    /// <summary>Stopped for good after a fatal close code or a refused token; <see cref="GatewayClient.StopReason"/> says why.</summary>
    Failed,
    Stopped,
}
