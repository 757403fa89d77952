using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>JSON settings for everything we send to Slack.</summary>
public static class SlackJson
{
    /// <summary>
    /// Relaxed escaping keeps Korean, Japanese and emoji readable in payloads and logs; the characters Slack treats
    /// as markup are escaped by <see cref="SlackText"/>, not by the serializer.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
