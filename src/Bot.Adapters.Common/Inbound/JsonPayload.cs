using System.Text.Json;

namespace Bot.Adapters.Common.Inbound;

/// <summary>
/// Parses a platform's JSON and checks that every string in it (property names too) is Unicode text. <see cref="JsonDocument"/>
/// accepts invalid UTF-8 bytes and lone surrogate escapes (<c>"\ud800"</c>) and only throws — InvalidOperationException, deep in a
/// handler, a 500 — when the string is read; a fuzzing run found six such 500s. Checked once here, such a payload is refused up front.
/// </summary>
public static class JsonPayload
{
    private const int MaxDepth = 64;

    /// <summary>The parsed root (a clone, safe to keep), or false with the problem: not JSON, or a string that is not text.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out JsonElement root, out string problem)
    {
        root = default;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (!HasValidText(document.RootElement, out problem))
            {
                return false;
            }

            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"not JSON: {ex.Message}";
            return false;
        }
    }

    /// <summary>As above, for JSON that arrived as text (a form field, a WebSocket frame).</summary>
    public static bool TryParse(string json, out JsonElement root, out string problem) =>
        TryParse(System.Text.Encoding.UTF8.GetBytes(json), out root, out problem);

    /// <summary>False with the path of the first string that is not valid Unicode (invalid UTF-8, a lone surrogate).</summary>
    public static bool HasValidText(JsonElement element, out string problem)
    {
        problem = "";
        return Check(element, "$", ref problem);
    }

    private static bool Check(JsonElement element, string path, ref string problem)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                    return true;
                }
                catch (InvalidOperationException)
                {
                    problem = $"the string at {path} is not valid Unicode text (invalid UTF-8 or a lone surrogate)";
                    return false;
                }

            case JsonValueKind.Object:
                var index = 0;
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        problem = $"property {index} of {path} has a name that is not valid Unicode text";
                        return false;
                    }

                    // Names are cut for the message: a fuzzed name may be 100,000 characters long.
                    if (!Check(property.Value, path + "." + (name.Length > 40 ? name[..40] + "…" : name), ref problem))
                    {
                        return false;
                    }

                    index++;
                }

                return true;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (!Check(item, $"{path}[{i++}]", ref problem))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
