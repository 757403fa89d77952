namespace Bot.Infrastructure.Retrieval;

/// <summary>Passage vectors kept by the storage provider, so a restart re-embeds only passages whose text (or the model) changed.</summary>
public interface IEmbeddingCache
{
    /// <summary>Every cached vector of <paramref name="model"/>, by content hash.</summary>
    IReadOnlyDictionary<string, float[]> Load(string model);

    /// <summary>Adds or replaces vectors of <paramref name="model"/>.</summary>
    void Store(string model, IEnumerable<(string ContentHash, float[] Vector)> vectors);

    /// <summary>How many vectors are cached for <paramref name="model"/>.</summary>
    int Count(string model);
}
