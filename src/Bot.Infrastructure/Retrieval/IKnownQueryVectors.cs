namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Query vectors known before the model is asked: the curator report keeps its gap examples' vectors across processes, so a
/// new CLI process lists each gap's closest entries without loading the model (≈1 s) or running it once per gap. Keyed by the
/// text the retriever embeds (<see cref="HybridRetriever"/> after cleaning); the vectors are the model's own, unit length.
/// </summary>
public interface IKnownQueryVectors
{
    /// <summary>The vector the model gave for <paramref name="text"/> before; null when none is known.</summary>
    float[]? Find(string text);

    /// <summary>The model has just embedded <paramref name="text"/>: keep its vector for next time.</summary>
    void Made(string text, float[] vector);
}
