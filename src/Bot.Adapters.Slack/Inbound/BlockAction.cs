using System.Text.Json;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>One button click from a <c>block_actions</c> payload, with where it happened and how to reply.</summary>
public sealed record BlockAction(string ActionId, string Value, string UserId, string TeamId, string? ChannelId, string? ResponseUrl)
{
    /// <summary>The clicks in a payload; empty for anything that is not a well-formed block_actions payload.</summary>
    public static IReadOnlyList<BlockAction> Parse(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Str(payload, "type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array
            || Nested(payload, "user", "id") is not { } user)
        {
            return [];
        }

        var team = Nested(payload, "team", "id") ?? "";
        var channel = Nested(payload, "channel", "id") ?? Nested(payload, "container", "channel_id");
        var responseUrl = Str(payload, "response_url");
        return
        [
            .. actions.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Object && Str(a, "action_id") is not null)
                .Select(a => new BlockAction(Str(a, "action_id")!, Str(a, "value") ?? "", user, team, channel, responseUrl)),
        ];
    }

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var o) && o.ValueKind == JsonValueKind.Object ? Str(o, inner) : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
