using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// Groups gap questions by meaning: each normalised text is embedded with the bot's own model and joins the first cluster, most
/// asked first, whose lead is at least <see cref="SimilarAtLeast"/> cosine-similar; otherwise it leads a new one. Only the
/// <see cref="MaxTexts"/> most asked distinct texts are embedded, at most <see cref="MaxOnceAsked"/> of them asked once (the rest stay one
/// cluster per text), which
/// bounds the report's cost whatever the log holds. Without a model (or when it fails) texts cluster by their normalised form alone.
/// </summary>
internal sealed class GapClusterer(IEmbeddingGenerator<string, Embedding<float>>? generator, ILogger logger, GapVectorMemo? memo = null)
{
    /// <summary>The most distinct gap texts embedded and compared.</summary>
    public const int MaxTexts = 2_000;

    /// <summary>Of those, the most asked only once (the most recent): a month's long tail would otherwise fill the cap.</summary>
    public const int MaxOnceAsked = 250;

    /// <summary>
    /// Paraphrases of one question score above this with MiniLM ("gsomia intelligence pact" / "the gsomia agreement");
    /// different questions about one topic mostly below it.
    /// </summary>
    public const double SimilarAtLeast = 0.8;

    private const int BatchSize = 64;

    public async Task<IReadOnlyList<GapCluster>> ClusterAsync(IReadOnlyCollection<GapStats> gaps, CancellationToken cancellationToken)
    {
        var ordered = gaps.OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAsked).ToList();
        // Questions asked once are most of a long tail and each costs a model call: only the most recent few hundred are compared.
        var texts = ordered.Where(g => g.Normalized is not null && g.Count > 1).Take(MaxTexts)
            .Concat(ordered.Where(g => g.Normalized is not null && g.Count == 1).OrderByDescending(g => g.LastAsked).Take(MaxOnceAsked))
            .Take(MaxTexts).ToList();
        var vectors = await EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        var clusters = new List<GapCluster>();
        var leads = new List<float[]>();
        var clustered = new HashSet<GapStats>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < texts.Count; i++)
        {
            clustered.Add(texts[i]);
            var best = -1;
            var bestScore = SimilarAtLeast;
            if (vectors is not null)
            {
                for (var c = 0; c < leads.Count; c++)
                {
                    var score = Dot(vectors[i], leads[c]);
                    if (score >= bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }
            }

            if (best >= 0)
            {
                clusters[best].Add(texts[i]);
            }
            else
            {
                clusters.Add(new GapCluster(texts[i]));
                leads.Add(vectors?[i] ?? []);
            }
        }

        // Past the cap, and the gaps without text (counted per outcome, intent and topic): one cluster each.
        clusters.AddRange(ordered.Where(g => !clustered.Contains(g)).Select(g => new GapCluster(g)));
        return [.. clusters.OrderByDescending(c => c.Count).ThenByDescending(c => c.LastAsked)];
    }

    private async Task<float[][]?> EmbedAsync(List<GapStats> texts, CancellationToken cancellationToken)
    {
        if (generator is null || texts.Count == 0)
        {
            return null;
        }

        try
        {
            var vectors = new float[texts.Count][];
            // Texts embedded by an earlier report (of this process, or stored by the store) are not embedded again.
            memo?.Load([.. texts.Select(t => t.Normalized!)]);
            var missing = new List<int>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (memo?.TryGet(texts[i].Normalized!) is { } known)
                {
                    vectors[i] = known;
                }
                else
                {
                    missing.Add(i);
                }
            }

            for (var done = 0; done < missing.Count; done += BatchSize)
            {
                var indexes = missing.Skip(done).Take(BatchSize).ToList();
                var batch = indexes.ConvertAll(i => texts[i].Normalized!);
                var embeddings = await generator.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
                var made = new List<(string, float[])>(batch.Count);
                for (var j = 0; j < batch.Count; j++)
                {
                    vectors[indexes[j]] = Bot.Infrastructure.Retrieval.KnowledgeVectorCollection.Normalized(embeddings[j].Vector.ToArray());
                    made.Add((batch[j], vectors[indexes[j]]));
                }

                // Each batch kept as soon as it is made: a report stopped half-way does not lose what it embedded.
                memo?.Add(made);
            }

            return vectors;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Gap questions clustered by their text alone: the embedding model failed ({Error})", ex.Message);
            return null;
        }
    }

    private static float Dot(float[] a, float[] b) => a.Length == b.Length ? System.Numerics.Tensors.TensorPrimitives.Dot(a, b) : 0f;
}
