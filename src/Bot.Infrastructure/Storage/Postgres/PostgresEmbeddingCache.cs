using System.Runtime.InteropServices;
using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>Passage vectors in PostgreSQL, as little-endian float bytes like the LiteDB cache; every replica shares them.</summary>
public sealed class PostgresEmbeddingCache(PostgresDatabase db) : IEmbeddingCache
{
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
}
