using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>A slash command invocation: the same fields arrive as a form (HTTP) or as a JSON payload (Socket Mode).</summary>
public sealed record SlashCommand(
    string TeamId,
    string ChannelId,
    string UserId,
    string Command,
    string Text,
    string? ResponseUrl,
    string? TriggerId)
{
    /// <summary>Null when a field every invocation carries is missing: the request is malformed.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form) =>
        Create(name => form.TryGetValue(name, out var v) ? v.ToString() : null);

    public static SlashCommand? FromJson(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object ? null
        : Create(name => payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null);

    private static SlashCommand? Create(Func<string, string?> field)
    {
        var command = field("command");
        var user = field("user_id");
        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(user))
        {
            return null;
        }

        return new SlashCommand(
            field("team_id") ?? "",
            field("channel_id") ?? "",
            user,
            command,
            field("text") ?? "",
            NullIfEmpty(field("response_url")),
            NullIfEmpty(field("trigger_id")));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
