namespace Bot.Adapters.Discord.Inbound;

/// <summary>The bot's own user id, from the Gateway's READY: mentions of it address the bot, and its own messages are never answered.</summary>
public sealed class DiscordIdentity
{
    private volatile string? _botUserId;

    public string? BotUserId => _botUserId;

    public void Ready(string? botUserId)
    {
        if (!string.IsNullOrEmpty(botUserId))
        {
            _botUserId = botUserId;
        }
    }
}
