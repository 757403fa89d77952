using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Embeds every chunk, taking what it can from the cache and saving each new batch as soon as it is made.</summary>
internal static class PassageEmbedder
{
    public static async Task<float[][]> EmbedAsync(
        IReadOnlyList<KnowledgeChunk> chunks,
        IEmbeddingGenerator<string, Embedding<float>> generator,
        string model,
        IEmbeddingCache? cache,
        int batchSize,
        ILogger logger,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var vectors = new float[chunks.Count][];
        var cached = cache?.Load(model) ?? new Dictionary<string, float[]>();
        var missing = new List<int>();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (cached.TryGetValue(chunks[i].ContentHash, out var v))
            {
                vectors[i] = v;
            }
            else
            {
                missing.Add(i);
            }
        }

        progress?.Report(Percent(chunks.Count - missing.Count, chunks.Count));
        if (missing.Count == 0)
        {
            logger.LogInformation("All {Count} passage vectors came from the cache ({Model})", chunks.Count, model);
            return vectors;
        }

        logger.LogInformation("Embedding {Missing} of {Count} passages with {Model} ({Cached} cached)…",
            missing.Count, chunks.Count, model, chunks.Count - missing.Count);
        var started = Stopwatch.GetTimestamp();
        var lastLogged = 0;
        for (var done = 0; done < missing.Count; done += batchSize)
        {
            var batch = missing.Skip(done).Take(batchSize).ToList();
            var embeddings = await generator.GenerateAsync(batch.Select(i => chunks[i].EmbeddingText), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} vectors for {batch.Count} passages.");
            }

            for (var j = 0; j < batch.Count; j++)
            {
                vectors[batch[j]] = KnowledgeVectorCollection.Normalized(embeddings[j].Vector.ToArray());
            }

            // Saved per batch: a restart after a crash half-way resumes instead of starting over.
            cache?.Store(model, batch.Select(i => (chunks[i].ContentHash, vectors[i])));
            var embedded = Math.Min(done + batchSize, missing.Count);
            var percent = Percent(chunks.Count - missing.Count + embedded, chunks.Count);
            progress?.Report(percent);
            if (percent - lastLogged >= 20 || embedded == missing.Count)
            {
                logger.LogInformation("Embedded {Done}/{Missing} passages ({Percent}%)", embedded, missing.Count, percent);
                lastLogged = percent;
            }
        }

        logger.LogInformation("Embedded {Missing} passages in {Seconds:0.0} s", missing.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return vectors;
    }

    private static int Percent(int done, int total) => total == 0 ? 100 : done * 100 / total;
}
