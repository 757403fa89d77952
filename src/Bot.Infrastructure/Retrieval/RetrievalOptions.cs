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

    /// <summary>Passages embedded per model call while building the index: 8 was the fastest batch for MiniLM on 2 cores.</summary>
    [Range(1, 256)]
    public int EmbeddingBatchSize { get; set; } = 8;
}
