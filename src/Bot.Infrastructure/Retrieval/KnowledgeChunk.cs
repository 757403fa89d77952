using System.Security.Cryptography;
using System.Text;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// One retrievable passage cut from the knowledge base: an FAQ summary or section, a timeline event, a statistics
/// series or a glossary term. <see cref="Text"/> is what answers quote; <see cref="Keywords"/> (sample questions,
/// tags) only helps search find it.
/// </summary>
public sealed record KnowledgeChunk(
    string Id,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords)
{
    /// <summary>What the embedding model reads: title, text and sample questions (CJK aliases would only be noise to an English model).</summary>
    public string EmbeddingText => Keywords.Count == 0 ? $"{Title}. {Text}" : $"{Title}. {Text} {string.Join(' ', Keywords)}";

    /// <summary>What the lexical index reads: everything, aliases in all three languages included.</summary>
    public string IndexText => $"{Title}\n{string.Join(" ; ", Aliases)}\n{string.Join(" ; ", Keywords)}\n{Text}";

    /// <summary>SHA-256 of <see cref="EmbeddingText"/>: the embedding cache key, so an unchanged passage is never embedded twice.</summary>
    public string ContentHash => _contentHash ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EmbeddingText)));

    private string? _contentHash;
}
