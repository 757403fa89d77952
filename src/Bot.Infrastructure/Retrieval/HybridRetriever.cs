using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// Free-form retrieval: BM25 (English + CJK bigrams, glossary expansion) and dense MiniLM search over the same chunks,
/// merged by reciprocal rank fusion, each passage scored with a calibrated 0–1 confidence. Without an embedding
/// generator it runs lexical-only. When the model fails it runs lexical-only too, says so once, and tries the model again
/// after <see cref="ModelRetryAfter"/> (a question, or the next knowledge reload when the passages could not be embedded).
/// </summary>
public sealed class HybridRetriever(
    IKnowledgeProvider knowledge,
    IOptions<RetrievalOptions> options,
    ILogger<HybridRetriever> logger,
    IEmbeddingGenerator<string, Embedding<float>>? generator = null,
    IEmbeddingCache? cache = null,
    TimeProvider? time = null) : IRetriever, Knowledge.IKnowledgeSnapshotWarmer, IDisposable
{
    /// <summary>How long a failed model is left alone: long enough not to pay its failure on every question, short enough
    /// that a model that comes back (memory freed, a file restored) is used again without a restart.</summary>
    public static readonly TimeSpan ModelRetryAfter = TimeSpan.FromMinutes(5);

    /// <summary>How deep each ranking goes before fusion: enough to surface agreement, small enough to stay sub-millisecond.</summary>
    internal const int CandidatePool = 20;

    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile RetrievalIndex? _index;
    private volatile RetrievalIndex? _prepared;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // When the model last failed (UTC ticks); 0 while it works. One failure opens the incident; success closes it.
    private long _denseFailedAt;

    public bool IsEnabled => true;

    /// <summary>True while dense search is in use (a generator is registered, enabled and has not failed).</summary>
    public bool DenseActive => _index?.Dense is not null && Volatile.Read(ref _denseFailedAt) == 0;

    /// <summary>The model failed less than <see cref="ModelRetryAfter"/> ago: do not call it.</summary>
    private bool DenseResting => Volatile.Read(ref _denseFailedAt) is var at and > 0 && _time.GetUtcNow().UtcTicks - at < ModelRetryAfter.Ticks;

    /// <summary>Builds the indexes for the current snapshot (embedding what the cache lacks) before the first question needs them.</summary>
    public async Task WarmUpAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var index = await IndexForAsync(knowledge.Current, progress, cancellationToken).ConfigureAwait(false);

        // With every vector cached the model has not been touched yet: load it now (≈0.3–1 s), not on the first question,
        // so a broken model is also found, and logged, at start.
        await EmbedQueryAsync(index, "warm-up", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds the indexes for the current snapshot without loading the model: for a caller whose query vectors are mostly known
    /// (<see cref="IKnownQueryVectors"/>), so the model is loaded only if some query has none.
    /// </summary>
    public Task PrepareIndexAsync(CancellationToken cancellationToken = default) =>
        IndexForAsync(knowledge.Current, null, cancellationToken);

    /// <summary>
    /// Builds the indexes for a snapshot about to be swapped in, while questions keep using the current one;
    /// the first question on the new snapshot then finds them ready.
    /// </summary>
    public async Task PrepareAsync(KnowledgeBase next, CancellationToken cancellationToken)
    {
        var current = _index;
        if (current is not null && ReferenceEquals(current.Knowledge, next))
        {
            return;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _prepared = await BuildAsync(next, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _building.Release();
        }
    }

    public Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken) =>
        RetrieveAsync(question, maxPassages, null, cancellationToken);

    /// <summary>
    /// As <see cref="RetrieveAsync(string, int, CancellationToken)"/>, taking the query's vector from <paramref name="known"/> when
    /// it holds one (the model is then not called) and giving it each vector the model makes; same passages either way.
    /// </summary>
    public async Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, IKnownQueryVectors? known, CancellationToken cancellationToken)
    {
        var text = TextNormalizer.Clean(question);
        if (text.Length == 0 || maxPassages <= 0)
        {
            return RetrievalResult.Empty;
        }

        var index = await IndexForAsync(knowledge.Current, null, cancellationToken).ConfigureAwait(false);
        var mode = options.Value.Mode;
        var queryVector = await EmbedQueryAsync(index, text, cancellationToken, anyScript: mode == RetrievalMode.Dense, known).ConfigureAwait(false);

        // Dense mode without a vector (no model, or it failed) falls back to BM25 rather than answer nothing.
        var useLexical = mode != RetrievalMode.Dense || queryVector is null;
        var folded = TextNormalizer.Fold(text);
        var terms = useLexical ? LexicalIndex.Terms(folded, index.Expander.Expand(folded)) : [];
        var lexical = index.Lexical.Search(terms, CandidatePool).Select(h => h.Ordinal).ToList();
        var dense = new List<int>();
        if (queryVector is { } qv)
        {
            await foreach (var hit in index.Dense!.SearchAsync(qv, CandidatePool, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                dense.Add(index.Ordinals[hit.Record.Id]);
            }
        }

        var weighed = index.Lexical.Weigh(terms);
        var passages = new List<RetrievedPassage>(maxPassages);
        foreach (var (ordinal, _) in ReciprocalRankFusion.Fuse<int>([lexical, dense]).Take(maxPassages))
        {
            var chunk = index.Chunks[ordinal];
            var cosine = queryVector is { } v ? index.Dense!.Cosine(v.Span, ordinal) : (double?)null;
            var score = Confidence.Calibrate(useLexical ? index.Lexical.Coverage(weighed, ordinal) : 0, cosine);
            passages.Add(new RetrievedPassage(chunk.Id, chunk.Kind, chunk.Title, chunk.Text, chunk.SourceIds, Math.Round(score, 3)));
        }

        return new RetrievalResult(passages);
    }

    /// <param name="anyScript">Embed Korean and Japanese questions too (dense-only mode has no BM25 to leave them to).</param>
    /// <param name="known">Vectors embedded before (checked only where the model would be called, so the result is the same).</param>
    private async Task<ReadOnlyMemory<float>?> EmbedQueryAsync(RetrievalIndex index, string text, CancellationToken cancellationToken, bool anyScript = false,
        IKnownQueryVectors? known = null)
    {
        if (index.Dense is null || DenseResting || (!anyScript && MostlyCjk(text)))
        {
            return null;
        }

        if (known?.Find(text) is { } stored)
        {
            return stored;
        }

        try
        {
            var embedding = await generator!.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false);
            DenseWorked();
            var vector = KnowledgeVectorCollection.Normalized(embedding[0].Vector.ToArray());
            known?.Made(text, vector);
            return vector;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DenseFailed(ex);
            return null;
        }
    }

    /// <summary>
    /// MiniLM is English-only: for a Korean or Japanese question its nearest passages are noise (cosines 0.2–0.35 for
    /// unrelated glossary entries), and fused in they would push BM25's good CJK matches down. Such questions go lexical.
    /// </summary>
    internal static bool MostlyCjk(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var ch in text)
        {
            if (TextNormalizer.IsCjk(ch))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(ch))
            {
                latin++;
            }
        }

        return cjk > latin;
    }

    private async Task<RetrievalIndex> IndexForAsync(KnowledgeBase kb, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (_index is { } current && ReferenceEquals(current.Knowledge, kb))
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_index is { } built && ReferenceEquals(built.Knowledge, kb))
            {
                return built;
            }

            // The previous index is left to the garbage collector, not disposed: a question may still be reading it.
            var index = _prepared is { } prepared && ReferenceEquals(prepared.Knowledge, kb)
                ? prepared
                : await BuildAsync(kb, progress, cancellationToken).ConfigureAwait(false);
            _index = index;
            _prepared = null;
            return index;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<RetrievalIndex> BuildAsync(KnowledgeBase kb, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var chunks = KnowledgeChunker.Chunk(kb);
        var dense = await DenseIndexAsync(chunks, progress, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Retrieval index built: {Chunks} passages, {Mode}", chunks.Count, dense is null ? "lexical only" : "hybrid (BM25 + dense)");
        return new RetrievalIndex(kb, chunks, new LexicalIndex(chunks), new QueryExpander(kb.Glossary), dense);
    }

    private async Task<KnowledgeVectorCollection?> DenseIndexAsync(IReadOnlyList<KnowledgeChunk> chunks, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (generator is null || !options.Value.UseEmbeddings || options.Value.Mode == RetrievalMode.Lexical || DenseResting)
        {
            progress?.Report(100);
            return null;
        }

        try
        {
            var vectors = await PassageEmbedder.EmbedAsync(chunks, generator, ModelId(generator), cache, options.Value.EmbeddingBatchSize,
                logger, progress, cancellationToken).ConfigureAwait(false);
            return new KnowledgeVectorCollection(chunks, vectors, generator);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DenseFailed(ex);
            progress?.Report(100);
            return null;
        }
    }

    private void DenseFailed(Exception ex)
    {
        if (Interlocked.Exchange(ref _denseFailedAt, _time.GetUtcNow().UtcTicks) == 0)
        {
            logger.LogWarning(ex, "The embedding model failed ({Message}); free-form retrieval continues lexical-only (BM25) and tries the model again every {Retry}",
                ex.Message, ModelRetryAfter);
        }
        else
        {
            logger.LogDebug("The embedding model failed again ({Message})", ex.Message);
        }
    }

    private void DenseWorked()
    {
        if (Volatile.Read(ref _denseFailedAt) != 0 && Interlocked.Exchange(ref _denseFailedAt, 0) != 0)
        {
            logger.LogInformation("The embedding model works again; free-form retrieval is hybrid (BM25 + dense) again");
        }
    }

    /// <summary>The cache key's model part: the generator's model id (and dimensions), so switching models never reuses vectors.</summary>
    internal static string ModelId(IEmbeddingGenerator<string, Embedding<float>> generator) =>
        generator.GetService<EmbeddingGeneratorMetadata>() is { DefaultModelId: { Length: > 0 } id } metadata
            ? $"{id}/{metadata.DefaultModelDimensions}"
            : generator.GetType().FullName ?? "unknown";

    public void Dispose()
    {
        _index?.Lexical.Dispose();
        _building.Dispose();
    }
}
