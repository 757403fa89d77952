using System.Text.Json;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>The parts of a Gateway <c>MESSAGE_CREATE</c> the bot reads; <see cref="GuildId"/> is null in a DM.</summary>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    string AuthorId,
    bool AuthorIsBot,
    bool FromWebhook,
    int Type,
    string Content,
    IReadOnlyList<string> MentionIds,
    bool MentionsEveryoneOrRoles,
    string? ReplyToAuthorId)
{
    /// <summary>A plain message (0) or a reply (19); joins, pins, boosts and other system messages are no questions.</summary>
    public bool IsConversation => Type is 0 or 19;

    public bool IsDirect => GuildId is null;

    /// <summary>Null with a reason when the data is not a message the bot could read.</summary>
    public static DiscordMessage? TryParse(JsonElement data, out string ignoredBecause)
    {
        ignoredBecause = "";
        if (data.ValueKind != JsonValueKind.Object)
        {
            ignoredBecause = "not an object";
            return null;
        }

        var author = data.TryGetProperty("author", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        if (Snowflake(data, "id") is not { } id || Snowflake(data, "channel_id") is not { } channel || Snowflake(author, "id") is not { } authorId)
        {
            ignoredBecause = "MESSAGE_CREATE without id, channel_id or author";
            return null;
        }

        var mentions = data.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(u => Snowflake(u, "id")).OfType<string>().ToList()
            : [];
        var roles = data.TryGetProperty("mention_roles", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0;
        var referenced = data.TryGetProperty("referenced_message", out var rm) && rm.ValueKind == JsonValueKind.Object
            && rm.TryGetProperty("author", out var ra) ? Snowflake(ra, "id") : null;
        return new DiscordMessage(
            id,
            channel,
            Snowflake(data, "guild_id"),
            authorId,
            author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True,
            Snowflake(data, "webhook_id") is not null,
            data.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) ? type : 0,
            data.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() ?? "" : "",
            mentions,
            roles || (data.TryGetProperty("mention_everyone", out var everyone) && everyone.ValueKind == JsonValueKind.True),
            referenced);
    }

    // Snowflakes are at most 20 digits; anything longer is not Discord's and never reaches storage.
    private static string? Snowflake(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && v.GetString() is { Length: > 0 and <= 32 } s ? s : null;
}
