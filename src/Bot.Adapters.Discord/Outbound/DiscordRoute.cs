namespace Bot.Adapters.Discord.Outbound;

/// <summary>
/// One REST call: the path to send, and what Discord keys its rate limits on — the route template (which
/// <c>X-RateLimit-Bucket</c> maps to a shared bucket) plus the route's major parameters (channel, guild, webhook id+token).
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Path, string Template, string Major)
{
    public static DiscordRoute InteractionCallback(string id, string token) =>
        new(HttpMethod.Post, $"interactions/{Escape(id)}/{Escape(token)}/callback", "POST interactions/{id}/{token}/callback", id);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original",
            "PATCH webhooks/{application}/{token}/messages/@original", $"{applicationId}/{token}");

    public static DiscordRoute BulkOverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, $"applications/{Escape(applicationId)}/commands", "PUT applications/{application}/commands", applicationId)
        : new(HttpMethod.Put, $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands",
            "PUT applications/{application}/guilds/{guild}/commands", guildId);

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, $"channels/{Escape(channelId)}/messages", "POST channels/{channel}/messages", channelId);

    /// <summary><c>POST /channels/{channel}/messages/{message}/threads</c>: a thread whose first message is the answer.</summary>
    public static DiscordRoute StartThread(string channelId, string messageId) =>
        new(HttpMethod.Post, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}/threads", "POST channels/{channel}/messages/{message}/threads", channelId);

    /// <summary><c>PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me</c>.</summary>
    public static DiscordRoute AddReaction(string channelId, string messageId, string emoji) =>
        new(HttpMethod.Put, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}/reactions/{Escape(emoji)}/@me",
            "PUT channels/{channel}/messages/{message}/reactions/{emoji}/@me", channelId);

    public static DiscordRoute GatewayBot { get; } = new(HttpMethod.Get, "gateway/bot", "GET gateway/bot", "");

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
