namespace Bot.Adapters.Discord;

/// <summary>How interactions reach the bot. Discord delivers them one way or the other, never both.</summary>
public enum DiscordMode
{
    /// <summary>Discord is not served.</summary>
    Off,

    /// <summary>Discord POSTs interactions to <c>/discord/interactions</c> (needs a public HTTPS URL).</summary>
    Http,

    /// <summary>The bot opens an outbound WebSocket to the Gateway (no public URL needed).</summary>
    Gateway,
}
