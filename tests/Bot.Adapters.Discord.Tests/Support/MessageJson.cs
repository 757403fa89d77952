using System.Text.Json.Nodes;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Gateway <c>MESSAGE_CREATE</c> data shaped like Discord's, with the fields a test varies.</summary>
public static class MessageJson
{
    /// <summary>The bot's user id, as the harness's READY gives it.</summary>
    public const string BotId = "42";

    public const string Guild = "81384788765712384";

    public static string Create(
        string id, string content, string channel = "100", string? guild = Guild, string author = "7001", bool bot = false, bool webhook = false,
        string[]? mentions = null, string? replyTo = null, int type = 0)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["author"] = new JsonObject { ["id"] = author, ["username"] = "someone", ["bot"] = bot ? true : null },
            ["content"] = content,
            ["type"] = replyTo is null ? type : 19,
            ["mentions"] = new JsonArray([.. (mentions ?? []).Select(m => (JsonNode)new JsonObject { ["id"] = m, ["username"] = "x" })]),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
        };
        if (guild is not null)
        {
            json["guild_id"] = guild;
        }

        if (webhook)
        {
            json["webhook_id"] = "8080";
        }

        if (replyTo is not null)
        {
            json["message_reference"] = new JsonObject { ["message_id"] = "answer-" + id, ["channel_id"] = channel };
            json["referenced_message"] = new JsonObject { ["id"] = "answer-" + id, ["author"] = new JsonObject { ["id"] = replyTo, ["bot"] = true } };
        }

        return json.ToJsonString();
    }
}
