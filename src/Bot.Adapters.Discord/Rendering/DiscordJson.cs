using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Adapters.Discord.Rendering;

/// <summary>The one way this adapter writes JSON for Discord: snake_case names, nulls left out.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Korean and Japanese stay readable in logs and captures; Discord reads either form.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
