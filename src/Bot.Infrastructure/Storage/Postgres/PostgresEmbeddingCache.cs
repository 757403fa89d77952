using System.Runtime.InteropServices;
using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Passage vectors in PostgreSQL, as little-endian float bytes like the LiteDB cache; every replica shares them. The curator
/// report's gap-text vectors (<see cref="IGapVectorCache"/>) live in the same table under <c>gap|{model}</c> with a last-used time.
/// </summary>
public sealed class PostgresEmbeddingCache(PostgresDatabase db) : IEmbeddingCache, IGapVectorCache
{
    private const string GapPrefix = LiteDbEmbeddingCache.GapPrefix;

    public IReadOnlyDictionary<string, float[]> Load(string model)
    {
        using var connection = db.Open();
        return connection.Query("SELECT content_hash, vector FROM embeddings WHERE model = @m",
                r => (Hash: r.GetString(0), Vector: MemoryMarshal.Cast<byte, float>(r.GetFieldValue<byte[]>(1)).ToArray()), ("m", model))
            .ToDictionary(v => v.Hash, v => v.Vector, StringComparer.Ordinal);
    }

    public void Store(string model, IEnumerable<(string ContentHash, float[] Vector)> vectors)
    {
        using var connection = db.Open();
        using var transaction = connection.BeginTransaction();
        connection.ExecuteBatch("""
            INSERT INTO embeddings (model, content_hash, vector) VALUES (@m, @h, @v)
            ON CONFLICT (model, content_hash) DO UPDATE SET vector = EXCLUDED.vector
            """, vectors, v => [("m", model), ("h", v.ContentHash), ("v", MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray())]);
        transaction.Commit();
    }

    public int Count(string model)
    {
        using var connection = db.Open();
        return Convert.ToInt32(connection.Scalar("SELECT count(*) FROM embeddings WHERE model = @m", ("m", model)), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyDictionary<string, float[]> UseGapVectors(string model, IReadOnlyCollection<string> keys, DateTimeOffset now)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }

        using var connection = db.Open();
        var hashes = keys.ToArray();
        // One round trip each: the touch rewrites only rows not used lately (fewer writes; the sweep can only delete earlier).
        connection.Execute("UPDATE embeddings SET last_used = @now WHERE model = @m AND content_hash = ANY(@k) AND last_used < @stale",
            ("now", now.UtcDateTime), ("m", GapPrefix + model), ("k", hashes), ("stale", (now - LiteDbEmbeddingCache.TouchAfter).UtcDateTime));
        return connection.Query("SELECT content_hash, vector FROM embeddings WHERE model = @m AND content_hash = ANY(@k)",
                r => (Hash: r.GetString(0), Vector: MemoryMarshal.Cast<byte, float>(r.GetFieldValue<byte[]>(1)).ToArray()), ("m", GapPrefix + model), ("k", hashes))
            .ToDictionary(v => v.Hash, v => v.Vector, StringComparer.Ordinal);
    }

    public void StoreGapVectors(string model, IEnumerable<(string Key, float[] Vector)> vectors, DateTimeOffset now)
    {
        using var connection = db.Open();
        using var transaction = connection.BeginTransaction();
        connection.ExecuteBatch("""
            INSERT INTO embeddings (model, content_hash, vector, last_used) VALUES (@m, @h, @v, @u)
            ON CONFLICT (model, content_hash) DO UPDATE SET vector = EXCLUDED.vector, last_used = EXCLUDED.last_used
            """, vectors, v => [("m", GapPrefix + model), ("h", v.Key), ("v", MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray()), ("u", now.UtcDateTime)]);
        transaction.Commit();
    }

    public int ForgetGapVectorsUnusedBefore(DateTimeOffset cutoff)
    {
        using var connection = db.Open();
        return connection.Execute("DELETE FROM embeddings WHERE last_used < @c", ("c", cutoff.UtcDateTime));
    }

    public int CountGapVectors()
    {
        using var connection = db.Open();
        return Convert.ToInt32(connection.Scalar("SELECT count(*) FROM embeddings WHERE last_used IS NOT NULL"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
