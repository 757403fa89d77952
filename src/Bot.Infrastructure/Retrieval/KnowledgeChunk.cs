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

/// <summary>The kinds of chunk, as they appear in passage ids and <see cref="Core.Abstractions.RetrievedPassage.Kind"/>.</summary>
public static class ChunkKinds
{
    public const string Faq = "faq";
    public const string Event = "event";
    public const string Series = "series";
    public const string Term = "term";
}

/// <summary>Passage ids: <c>faq:gsomia#0</c> (summary), <c>faq:gsomia#2</c> (second section), <c>event:&lt;id&gt;</c>, <c>series:&lt;id&gt;</c>, <c>term:&lt;id&gt;</c>.</summary>
public static class ChunkId
{
    public static string Faq(string faqId, int section) => $"{ChunkKinds.Faq}:{faqId}#{section}";

    public static string Of(string kind, string id) => $"{kind}:{id}";

    /// <summary>Splits an id into kind, entry id and (for FAQ chunks) the section number, 0 being the summary.</summary>
    public static bool TryParse(string chunkId, out string kind, out string entryId, out int section)
    {
        kind = entryId = "";
        section = -1;
        var colon = chunkId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        kind = chunkId[..colon];
        entryId = chunkId[(colon + 1)..];
        var hash = entryId.LastIndexOf('#');
        if (hash >= 0)
        {
            if (!int.TryParse(entryId.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture, out section))
            {
                return false;
            }

            entryId = entryId[..hash];
        }

        return entryId.Length > 0;
    }
}
