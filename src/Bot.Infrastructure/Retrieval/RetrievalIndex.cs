using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Everything built from one knowledge snapshot; replaced whole when the snapshot changes.</summary>
internal sealed record RetrievalIndex(
    KnowledgeBase Knowledge,
    IReadOnlyList<KnowledgeChunk> Chunks,
    LexicalIndex Lexical,
    QueryExpander Expander,
    KnowledgeVectorCollection? Dense)
{
    public Dictionary<string, int> Ordinals { get; } = Chunks.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
}
