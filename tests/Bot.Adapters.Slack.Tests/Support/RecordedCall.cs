using System.Text.Json;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>One request the fake Slack server received: the Web API method (or "response_url"), headers and JSON body.</summary>
public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, JsonElement Body, string Path)
{
    public string? Str(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Every string anywhere in the body, for "does this text appear / never appear" checks.</summary>
    public IEnumerable<string> AllStrings() => Strings(Body);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
