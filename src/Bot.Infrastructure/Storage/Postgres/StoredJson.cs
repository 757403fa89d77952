using System.Text.Json;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// The LiteDB document classes, as jsonb: one mapping from records to stored fields for both providers, so a field added to a
/// record is added once. Dates inside are UTC with a "Z".
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"a stored {typeof(T).Name} is null");
}
