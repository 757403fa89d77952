using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>
/// What the "Share in channel" button carries: the answer's id, and the question so the answer can be rebuilt if
/// this process no longer remembers it (a restart). Kept within Slack's 2000-character button value.
/// </summary>
public sealed record ShareToken(
    [property: JsonPropertyName("a")] string AnswerId,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("t")] bool Truncated = false)
{
    // The default encoder writes <, > and & as \u003C…: the value is never shown, but then it cannot hold markup at all.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Encode()
    {
        var token = this;
        var json = JsonSerializer.Serialize(token, Json);
        // JSON escaping can make a short question long (a control character becomes six); shorten until it fits.
        while (json.Length > SlackLimits.ButtonValue && token.Question.Length > 0)
        {
            var keep = Math.Max(0, token.Question.Length - (json.Length - SlackLimits.ButtonValue) - 16);
            if (keep > 0 && char.IsHighSurrogate(token.Question[keep - 1]))
            {
                keep--;
            }

            token = token with { Question = token.Question[..keep], Truncated = true };
            json = JsonSerializer.Serialize(token, Json);
        }

        return json;
    }

    public static ShareToken? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var token = JsonSerializer.Deserialize<ShareToken>(value, Json);
            return token is { AnswerId.Length: > 0, Question: not null } ? token : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
