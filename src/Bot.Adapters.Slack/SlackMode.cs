namespace Bot.Adapters.Slack;

/// <summary>How Slack reaches the bot.</summary>
public enum SlackMode
{
    /// <summary>Slack is not used.</summary>
    Off,

    /// <summary>Slack POSTs events, commands and clicks to our public HTTPS endpoints (/slack/*).</summary>
    Events,

    /// <summary>We open an outbound WebSocket to Slack; no public URL needed.</summary>
    SocketMode,
}
