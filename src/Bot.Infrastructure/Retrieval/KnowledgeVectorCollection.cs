using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// The passage vectors in memory, searchable through Semantic Kernel's vector-search abstraction (SK ships no
/// in-memory store). Vectors are unit length, so cosine similarity is a dot product; a few hundred passages are
/// scanned in well under a millisecond, so there is no approximate index.
/// </summary>
public sealed class KnowledgeVectorCollection : IVectorSearchable<KnowledgeChunk>
{
    private readonly IReadOnlyList<KnowledgeChunk> _chunks;
    private readonly float[][] _vectors;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _generator;

    /// <param name="generator">Embeds string search values; without it only vectors can be searched for.</param>
    public KnowledgeVectorCollection(IReadOnlyList<KnowledgeChunk> chunks, IReadOnlyList<float[]> vectors,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        if (chunks.Count != vectors.Count)
        {
            throw new ArgumentException($"{chunks.Count} chunks but {vectors.Count} vectors.", nameof(vectors));
        }

        _chunks = chunks;
        _vectors = [.. vectors.Select(Normalized)];
        _generator = generator;
    }

    public async IAsyncEnumerable<VectorSearchResult<KnowledgeChunk>> SearchAsync<TInput>(TInput searchValue, int top,
        VectorSearchOptions<KnowledgeChunk>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var query = searchValue switch
        {
            ReadOnlyMemory<float> m => m,
            float[] a => a,
            Embedding<float> e => e.Vector,
            string s when _generator is not null => (await _generator.GenerateAsync([s], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector,
            _ => throw new NotSupportedException($"Search by {typeof(TInput).Name} is not supported: pass a vector, an Embedding<float>, or a string when a generator is configured."),
        };

        var filter = options?.Filter?.Compile();
        var skip = options?.Skip ?? 0;
        var threshold = options?.ScoreThreshold;
        foreach (var (ordinal, score) in Nearest(query.Span, int.MaxValue))
        {
            if ((threshold is { } t && score < t) || (filter is not null && !filter(_chunks[ordinal])))
            {
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            if (top-- <= 0)
            {
                yield break;
            }

            yield return new VectorSearchResult<KnowledgeChunk>(_chunks[ordinal], score);
        }
    }

    /// <summary>The <paramref name="top"/> chunks closest to a unit-length query, best first, by chunk position.</summary>
    internal List<(int Ordinal, double Score)> Nearest(ReadOnlySpan<float> query, int top)
    {
        var scored = new List<(int Ordinal, double Score)>(_vectors.Length);
        for (var i = 0; i < _vectors.Length; i++)
        {
            scored.Add((i, Cosine(query, i)));
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        return top < scored.Count ? scored[..top] : scored;
    }

    /// <summary>Cosine similarity of a unit-length query and one chunk.</summary>
    internal double Cosine(ReadOnlySpan<float> query, int ordinal) =>
        query.Length == _vectors[ordinal].Length ? System.Numerics.Tensors.TensorPrimitives.Dot(query, _vectors[ordinal]) : 0;

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <summary>Unit length, so a model that does not normalise (or a cached vector) still gives true cosines.</summary>
    internal static float[] Normalized(float[] vector)
    {
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm is 0 or float.NaN || Math.Abs(norm - 1) < 1e-4)
        {
            return vector;
        }

        var copy = new float[vector.Length];
        System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, copy);
        return copy;
    }
}
