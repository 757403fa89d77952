using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bot.Host.Cli;

/// <summary>
/// One stdin line of <c>ask --batch</c>: plain text is an independent question; a JSON object
/// <c>{"conversation":"c1","question":"…"}</c> joins the thread of every other line with the same conversation id.
/// A line that starts like JSON but isn't valid is reported, never guessed at, and never stops the batch.
/// </summary>
public sealed record BatchLine(string Question, string? Conversation, string? Error)
{
    /// <summary>The intent of the answer line written for a line that can't be read, so scripts can tell it from a question's clarify.</summary>
    public const string InvalidIntent = "invalid-line";

    public static BatchLine Parse(string line)
    {
        // A UTF-8 file saved with a byte order mark (Notepad, PowerShell) hands it over as the first line's first
        // character, where it would hide the '{' of a JSON line.
        line = line.TrimStart('\uFEFF');
        if (!line.TrimStart().StartsWith('{'))
        {
            return new BatchLine(line, null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("question", out var q) || q.ValueKind != JsonValueKind.String)
            {
                return new BatchLine(line, null, "a JSON line needs a \"question\" string");
            }

            // An id of another kind (a number, a list) is refused rather than read as text: 7 and "7" or ["c1"] and "c1"
            // would silently join or split threads. null, like a missing id, means an independent question.
            var conversation = doc.RootElement.TryGetProperty("conversation", out var c) ? c : default;
            if (conversation.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            {
                return new BatchLine(line, null, $"\"conversation\" must be a string, not {KindName(conversation.ValueKind)}");
            }

            var id = conversation.ValueKind == JsonValueKind.String ? conversation.GetString() : null;
            return new BatchLine(q.GetString() ?? "", string.IsNullOrEmpty(id) ? null : id, null);
        }
        catch (JsonException ex)
        {
            return new BatchLine(line, null, $"not valid JSON ({ex.Message})");
        }
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "a list",
        _ => "an object",
    };

    /// <summary>
    /// The router's conversation key for a thread id: hashed, so an id of any length or content becomes a short,
    /// fixed-size key (stores index it) and two runs never share a thread.
    /// </summary>
    public static string ConversationKey(string run, string conversation) =>
        $"batch:{run}:c:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(conversation)))[..24]}";
}
