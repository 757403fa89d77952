namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Turns the two signals about one passage into a 0–1 confidence that it answers the question. Either signal alone
/// can make it confident (noisy-OR), but neither alone reaches 1: BM25 cannot see paraphrase, and MiniLM is English-only.
/// The cosine band was read off the real knowledge base (305 passages, ~50 questions): right passages scored 0.5–0.78,
/// off-topic questions that merely mention Japan or Korea ("weather in seoul", "population of tokyo", "a joke about
/// koreans") 0.40–0.56, unrelated ones 0.1–0.25. Retune both ends with the eval set.
/// </summary>
internal static class Confidence
{
    /// <summary>MiniLM cosine at or below which a passage says nothing about the question.</summary>
    internal const double CosineFloor = 0.45;

    /// <summary>MiniLM cosine at or above which a passage is a clear paraphrase match.</summary>
    internal const double CosineCeiling = 0.80;

    private const double SignalWeight = 0.9;

    /// <param name="coverage">The share of the question's information the passage contains (<see cref="LexicalIndex.Coverage"/>).</param>
    /// <param name="cosine">Dense similarity, or null when embeddings are unavailable.</param>
    public static double Calibrate(double coverage, double? cosine)
    {
        var lexical = Math.Clamp(coverage, 0, 1);
        var dense = cosine is { } c ? Math.Clamp((c - CosineFloor) / (CosineCeiling - CosineFloor), 0, 1) : 0;
        return 1 - ((1 - (SignalWeight * lexical)) * (1 - (SignalWeight * dense)));
    }
}
