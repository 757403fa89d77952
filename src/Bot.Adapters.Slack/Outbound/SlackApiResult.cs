using System.Text.Json;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// The outcome of one Web API call. <see cref="Error"/> is Slack's error code for ok:false ("not_in_channel"), or
/// ours for transport failures ("http_403", "timeout", "network", "bad_response").
/// </summary>
public sealed record SlackApiResult(bool Ok, string? Error, JsonElement Body)
{
    public static SlackApiResult Failed(string error) => new(false, error, default);

    /// <summary>A string field of a successful response ("ts", "user_id", "url").</summary>
    public string? Field(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
