using System.Runtime.InteropServices;
using Bot.Infrastructure.Storage;
using LiteDB;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Passage vectors in LiteDB, so a restart re-embeds only passages whose text (or the model) changed.</summary>
public sealed class LiteDbEmbeddingCache(LiteDbContext db) : IEmbeddingCache
{
    // One read: the file is opened per operation in shared mode.
    public IReadOnlyDictionary<string, float[]> Load(string model) =>
        db.Embeddings.Find(Query.EQ(nameof(EmbeddingDocument.Model), model))
            .ToDictionary(d => d.ContentHash, d => MemoryMarshal.Cast<byte, float>(d.Vector).ToArray(), StringComparer.Ordinal);

    public void Store(string model, IEnumerable<(string ContentHash, float[] Vector)> vectors) =>
        db.Embeddings.Upsert(vectors.Select(v => new EmbeddingDocument
        {
            Key = $"{model}|{v.ContentHash}",
            Model = model,
            ContentHash = v.ContentHash,
            Vector = MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray(),
        }));

    public int Count(string model) => db.Embeddings.Count(Query.EQ(nameof(EmbeddingDocument.Model), model));
}
