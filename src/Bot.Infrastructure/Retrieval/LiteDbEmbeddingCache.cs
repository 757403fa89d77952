using System.Runtime.InteropServices;
using Bot.Infrastructure.Storage;
using LiteDB;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Passage vectors in LiteDB, so a restart re-embeds only passages whose text (or the model) changed; and the curator report's
/// gap-text vectors (<see cref="IGapVectorCache"/>) in the same collection, under <c>gap|{model}</c> with a last-used time.
/// </summary>
public sealed class LiteDbEmbeddingCache(LiteDbContext db) : IEmbeddingCache, IGapVectorCache
{
    /// <summary>A gap vector's last-used time is rewritten only when it is older than this (fewer writes; it can only make the sweep delete earlier).</summary>
    public static readonly TimeSpan TouchAfter = TimeSpan.FromHours(12);

    internal const string GapPrefix = "gap|";

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

    public IReadOnlyDictionary<string, float[]> UseGapVectors(string model, IReadOnlyCollection<string> keys, DateTimeOffset now)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        var stale = (now - TouchAfter).UtcDateTime;
        return db.Exclusively(() =>
        {
            var touched = new List<EmbeddingDocument>();
            foreach (var key in keys)
            {
                // Seeks by id: a few hundred gap texts, never the whole collection.
                if (db.Embeddings.FindById(GapKey(model, key)) is not { } document)
                {
                    continue;
                }

                found[key] = MemoryMarshal.Cast<byte, float>(document.Vector).ToArray();
                if (document.LastUsed is not { } used || used.ToUniversalTime() < stale)
                {
                    document.LastUsed = now.UtcDateTime;
                    touched.Add(document);
                }
            }

            if (touched.Count > 0)
            {
                db.Embeddings.Update(touched);
            }

            return found;
        });
    }

    public void StoreGapVectors(string model, IEnumerable<(string Key, float[] Vector)> vectors, DateTimeOffset now) =>
        db.Embeddings.Upsert(vectors.Select(v => new EmbeddingDocument
        {
            Key = GapKey(model, v.Key),
            Model = GapPrefix + model,
            ContentHash = v.Key,
            Vector = MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray(),
            LastUsed = now.UtcDateTime,
        }));

    public int ForgetGapVectorsUnusedBefore(DateTimeOffset cutoff) =>
        // Passage vectors have no last-used time (null sorts below every date, so the lower bound keeps them out).
        db.Embeddings.DeleteMany(Query.And(
            Query.GTE(nameof(EmbeddingDocument.LastUsed), DateTime.MinValue),
            Query.LT(nameof(EmbeddingDocument.LastUsed), cutoff.UtcDateTime)));

    public int CountGapVectors() => db.Embeddings.Count(Query.GTE(nameof(EmbeddingDocument.LastUsed), DateTime.MinValue));

    private static string GapKey(string model, string key) => $"{GapPrefix}{model}|{key}";
}
