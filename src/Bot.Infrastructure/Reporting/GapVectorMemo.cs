using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The gap texts' vectors from earlier reports of this process, so a report built again (the admin page, the weekly report)
/// embeds only texts it has not seen. In memory only, keyed by a SHA-256 of the normalised text (no question text is held
/// here, nothing outlives the process, so the retention sweep has nothing to remove); emptied when it reaches
/// <see cref="MaxVectors"/> (≈7 MB of MiniLM vectors).
/// </summary>
internal sealed class GapVectorMemo
{
    public const int MaxVectors = 5_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public float[]? TryGet(string normalized) => _vectors.TryGetValue(Key(normalized), out var vector) ? vector : null;

    public void Add(string normalized, float[] vector)
    {
        if (_vectors.Count >= MaxVectors)
        {
            _vectors.Clear();
        }

        _vectors[Key(normalized)] = vector;
    }

    private static string Key(string normalized) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
}
