namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// The curator report's gap-text vectors, kept by the storage provider beside the passage vectors (<see cref="IEmbeddingCache"/>)
/// so a new process (the CLI's <c>report</c>) embeds only gap texts no earlier report embedded. Keyed by model and a hash of the
/// normalised text (no text is stored). These vectors derive from question text: each records when a report last used it,
/// and the question retention sweep deletes those not used within the retention window.
/// </summary>
public interface IGapVectorCache
{
    /// <summary>The stored vectors of <paramref name="model"/> among <paramref name="keys"/>; marks each found one used at <paramref name="now"/>.</summary>
    IReadOnlyDictionary<string, float[]> UseGapVectors(string model, IReadOnlyCollection<string> keys, DateTimeOffset now);

    /// <summary>Adds or replaces gap vectors of <paramref name="model"/>, used at <paramref name="now"/>.</summary>
    void StoreGapVectors(string model, IEnumerable<(string Key, float[] Vector)> vectors, DateTimeOffset now);

    /// <summary>Deletes the gap vectors (of every model) last used before <paramref name="cutoff"/>; returns how many. Passage vectors stay.</summary>
    int ForgetGapVectorsUnusedBefore(DateTimeOffset cutoff);

    /// <summary>How many gap vectors are stored (every model).</summary>
    int CountGapVectors();
}
