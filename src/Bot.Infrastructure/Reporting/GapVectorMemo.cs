using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Bot.Infrastructure.Retrieval;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The gap texts' vectors, so a report embeds only texts no earlier report embedded: in memory for this process (emptied at
/// <see cref="MaxVectors"/>, ≈7 MB of MiniLM vectors) and, when the store keeps them (<see cref="IGapVectorCache"/>) and question
/// text is logged, across processes (the CLI's <c>report</c> is a new process each time). Keyed by a SHA-256 of the
/// normalised text, never the text; the stored ones carry a last-used time, and the retention sweep deletes those unused
/// within the retention window.
/// </summary>
internal sealed class GapVectorMemo(IGapVectorCache? store = null, string? model = null, TimeProvider? time = null, ILogger? logger = null)
{
    public const int MaxVectors = 5_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    private bool Persistent => store is not null && model is not null;

    /// <summary>Takes from the store the vectors of <paramref name="normalized"/> it holds (one batch), marking them used.</summary>
    public void Load(IReadOnlyList<string> normalized)
    {
        if (!Persistent || normalized.Count == 0)
        {
            return;
        }

        try
        {
            // Every key, even those in memory: each use of a stored vector moves its last-used time.
            var found = store!.UseGapVectors(model!, [.. normalized.Select(Key).Distinct(StringComparer.Ordinal)], Now());
            foreach (var (key, vector) in found)
            {
                Remember(key, vector);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger?.LogWarning("Stored gap vectors could not be read ({Error}); the gap texts are embedded again", ex.Message);
        }
    }

    public float[]? TryGet(string normalized) => _vectors.TryGetValue(Key(normalized), out var vector) ? vector : null;

    /// <summary>Keeps new vectors in memory and, when persistent, in the store (one batch).</summary>
    public void Add(IReadOnlyList<(string Normalized, float[] Vector)> vectors)
    {
        var keyed = vectors.Select(v => (Key: Key(v.Normalized), v.Vector)).ToList();
        foreach (var (key, vector) in keyed)
        {
            Remember(key, vector);
        }

        if (!Persistent || keyed.Count == 0)
        {
            return;
        }

        try
        {
            store!.StoreGapVectors(model!, keyed, Now());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger?.LogWarning("Gap vectors could not be stored ({Error}); the next report embeds them again", ex.Message);
        }
    }

    private void Remember(string key, float[] vector)
    {
        if (_vectors.Count >= MaxVectors)
        {
            _vectors.Clear();
        }

        _vectors[key] = vector;
    }

    private DateTimeOffset Now() => (time ?? TimeProvider.System).GetUtcNow();

    internal static string Key(string normalized) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
}
