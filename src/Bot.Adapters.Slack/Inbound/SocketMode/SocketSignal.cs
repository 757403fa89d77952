namespace Bot.Adapters.Slack.Inbound.SocketMode;

/// <summary>What a connection tells the client: Slack said hello, Slack asked us to move, or the socket ended.</summary>
internal enum SocketSignalKind
{
    Hello,
    Disconnect,
    Closed,
}

internal sealed record SocketSignal(SocketModeConnection Connection, SocketSignalKind Kind, string? Reason = null);
