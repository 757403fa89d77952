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
