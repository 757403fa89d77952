namespace Bot.Infrastructure.Storage;

/// <summary>One cached passage vector, keyed by model and content hash so a changed passage or model never reuses a stale vector.</summary>
internal sealed class EmbeddingDocument
{
    /// <summary><c>{model}|{content hash}</c>.</summary>
    public string Key { get; set; } = "";

    public string Model { get; set; } = "";

    public string ContentHash { get; set; } = "";

    /// <summary>The float vector as little-endian bytes: a third of the size of a BSON array of doubles.</summary>
    public byte[] Vector { get; set; } = [];

    /// <summary>A curator-report gap vector's last use (UTC), for the retention sweep; null for a passage vector.</summary>
    public DateTime? LastUsed { get; set; }
}
