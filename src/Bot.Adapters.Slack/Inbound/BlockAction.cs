using System.Text.Json;
using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>One button click from a <c>block_actions</c> payload, with where it happened and how to reply.</summary>
public sealed record BlockAction(string ActionId, string Value, string UserId, string TeamId, string? ChannelId, string? ResponseUrl)
{
    /// <summary>The block the action sits in (<c>block_id</c>).</summary>
    public string? BlockId { get; init; }

    /// <summary>A select's chosen option (<c>selected_option.value</c>).</summary>
    public string? Selected { get; init; }

    /// <summary>Opens a modal within 3 s of the click (<c>trigger_id</c>).</summary>
    public string? TriggerId { get; init; }

    /// <summary>
    /// The click in a payload, or null for anything that is not a well-formed block_actions payload. Slack sends one action per click,
    /// so only the first is read: a forged payload with a thousand actions must not take a thousand queue slots. A value or action id
    /// longer than Block Kit allows was not written by us.
    /// </summary>
    public static BlockAction? Parse(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Str(payload, "type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0
            || Nested(payload, "user", "id") is not { } user)
        {
            return null;
        }

        var first = actions[0];
        if (first.ValueKind != JsonValueKind.Object || Str(first, "action_id") is not { Length: <= SlackLimits.ActionId } actionId
            || Str(first, "value") is { Length: > SlackLimits.ButtonValue })
        {
            return null;
        }

        var team = Nested(payload, "team", "id") ?? "";
        var channel = Nested(payload, "channel", "id") ?? Nested(payload, "container", "channel_id");
        return new BlockAction(actionId, Str(first, "value") ?? "", user, team, channel, Str(payload, "response_url"))
        {
            BlockId = Str(first, "block_id") is { Length: <= SlackLimits.ActionId } block ? block : null,
            Selected = first.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object
                && Str(option, "value") is { Length: <= SlackLimits.OptionValue } selected ? selected : null,
            TriggerId = Str(payload, "trigger_id") is { Length: <= SlackLimits.ActionId } trigger ? trigger : null,
        };
    }

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var o) && o.ValueKind == JsonValueKind.Object ? Str(o, inner) : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
