using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Retrieval;

/// <summary>How free-form retrieval ranks and when it answers (section "Retrieval").</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Below this calibrated confidence (0–1) the bot says it doesn't know instead of answering.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.4;

    /// <summary>False keeps retrieval lexical-only even when an embedding generator is registered (e.g. to save memory).</summary>
    public bool UseEmbeddings { get; set; } = true;

    /// <summary>
    /// Which rankings answer a question: <see cref="RetrievalMode.Hybrid"/> (the default and the only mode meant for
    /// production) or one of them alone, which is how bench/ compares them.
    /// </summary>
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    /// <summary>Passages embedded per model call while building the index: 8 was the fastest batch for MiniLM on 2 cores.</summary>
    [Range(1, 256)]
    public int EmbeddingBatchSize { get; set; } = 8;
}

/// <summary>The rankings free-form retrieval uses; a single-ranking mode also takes its confidence from that signal alone.</summary>
public enum RetrievalMode
{
    /// <summary>BM25 and dense search fused by reciprocal rank; confidence from both.</summary>
    Hybrid,

    /// <summary>BM25 only: the model is never loaded (as with <see cref="RetrievalOptions.UseEmbeddings"/> off).</summary>
    Lexical,

    /// <summary>Dense search only, Korean and Japanese questions included; falls back to BM25 when no model is available.</summary>
    Dense,
}
