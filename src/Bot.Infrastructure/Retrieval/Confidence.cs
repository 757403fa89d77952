namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Turns the two signals about one passage into a 0–1 confidence that it answers the question. Either signal alone
/// can make it confident (noisy-OR), but neither alone reaches 1: BM25 cannot see paraphrase, and MiniLM is English-only
/// and also scores 0.4–0.5 for passages that are merely on the same subject.
/// </summary>
internal static class Confidence
{
    /// <summary>MiniLM cosine at or below which a passage says nothing about the question.</summary>
    internal const double CosineFloor = 0.30;

    /// <summary>MiniLM cosine at or above which a passage is a clear paraphrase match.</summary>
    internal const double CosineCeiling = 0.65;

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
