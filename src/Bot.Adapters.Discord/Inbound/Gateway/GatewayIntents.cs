namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>The Gateway intents the bot asks for in Identify (protocols.md C; INTERACTION_CREATE needs none).</summary>
internal static class GatewayIntents
{
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: must be switched on in the Developer Portal, or Discord closes with 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>
    /// Messages in guilds and DMs when <see cref="DiscordOptions.Messages"/> is on (content is sent for messages that mention the bot,
    /// DMs and replies to it without any privileged intent); Message Content too when asked for. None otherwise.
    /// </summary>
    public static int For(DiscordOptions options) =>
        !options.Messages ? 0 : GuildMessages | DirectMessages | (options.MessageContentIntent ? MessageContent : 0);
}
