using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Interaction bodies shaped like Discord's (protocols.md A), for the endpoint and the fake Gateway.</summary>
public static class InteractionJson
{
    public const string UserId = "53908232506183680";
    public const string ChannelId = "41771983423143937";

    public static string Ping(string id = "1") => $$"""{"type":1,"id":"{{id}}","token":"tok-{{id}}","version":1}""";

    /// <summary>A slash command; <paramref name="options"/> are (name, value) with the JSON type the value has (string, int, bool).</summary>
    public static string Command(string name, string id = "1001", params (string Name, object Value)[] options) =>
        Interaction(2, id, new JsonObject
        {
            ["id"] = "9001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = Options(options),
        });

    public static string Autocomplete(string command, string focusedOption, string typed, string id = "1002") =>
        Interaction(4, id, new JsonObject
        {
            ["id"] = "9001",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = focusedOption, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        });

    public static string Component(string customId, string id = "1003", string userId = UserId) =>
        Interaction(3, id, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId);

    public static string Interaction(int type, string id, JsonObject data, string userId = UserId) => new JsonObject
    {
        ["type"] = type,
        ["id"] = id,
        ["application_id"] = "app1",
        ["token"] = "tok-" + id,
        ["version"] = 1,
        ["guild_id"] = "81384788765712384",
        ["channel_id"] = ChannelId,
        ["locale"] = "en-US",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = userId, ["username"] = "tester" }, ["permissions"] = "2147483647" },
        ["data"] = data,
    }.ToJsonString();

    /// <summary>"Ask the bot about this message" on a message whose text is <paramref name="content"/>.</summary>
    public static string MessageCommand(string content, string id = "1004") =>
        Interaction(2, id, new JsonObject
        {
            ["id"] = "9002",
            ["name"] = "Ask the bot about this message",
            ["type"] = 3,
            ["target_id"] = "5551",
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    ["5551"] = new JsonObject { ["id"] = "5551", ["channel_id"] = ChannelId, ["content"] = content, ["author"] = new JsonObject { ["id"] = "777" } },
                },
            },
        });

    /// <summary>A button click on the message <paramref name="messageId"/> (the answer it sits under).</summary>
    public static string ComponentOn(string customId, string messageId, string id = "1005", string permissions = "2147483647")
    {
        var json = JsonNode.Parse(Interaction(3, id, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }))!.AsObject();
        json["message"] = new JsonObject { ["id"] = messageId, ["channel_id"] = ChannelId };
        json["member"]!["permissions"] = permissions;
        return json.ToJsonString();
    }

    /// <summary>A slash command run by a member with <paramref name="permissions"/> (a decimal bitset: "32" Manage Server, "0" none).</summary>
    public static string CommandBy(string permissions, string name, string id, params (string Name, object Value)[] options)
    {
        var json = JsonNode.Parse(Command(name, id, options))!.AsObject();
        json["member"]!["permissions"] = permissions;
        return json.ToJsonString();
    }

    /// <summary>A subcommand with its options (/config set setting:… value:…).</summary>
    public static string Subcommand(string name, string sub, string id, string permissions, params (string Name, object Value)[] options)
    {
        var json = JsonNode.Parse(Interaction(2, id, new JsonObject
        {
            ["id"] = "9003",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = Options(options) }),
        }))!.AsObject();
        json["member"]!["permissions"] = permissions;
        return json.ToJsonString();
    }

    private static JsonArray Options((string Name, object Value)[] options) =>
        [.. options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value switch { bool => 5, int => 4, _ => 3 },
            ["value"] = JsonValue.Create(o.Value),
        })];

    /// <summary>Every string anywhere in a JSON document (for "no ping" and limit checks).</summary>
    public static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
