using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Bot.Infrastructure.Tests.Retrieval;

/// <summary>
/// A deterministic stand-in for MiniLM: hashed bag of words (crudely stemmed) in 64 dimensions, so texts sharing words
/// are close. Counts every call and every text embedded, and can be told to fail like a model that will not load.
/// </summary>
public sealed partial class FakeEmbeddingGenerator(string modelId = "fake-bow", bool fail = false) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 64;

    public int Calls { get; private set; }

    /// <summary>Whether calls throw (a model that cannot load); tests switch it to show recovery.</summary>
    public bool Failing { get; set; } = fail;

    public int TextsEmbedded { get; private set; }

    /// <summary>The length of the longest text it was asked to embed.</summary>
    public int LongestText { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Failing)
        {
            throw new DllNotFoundException("libonnxruntime.so: cannot open shared object file (fake)");
        }

        var texts = values.ToList();
        TextsEmbedded += texts.Count;
        LongestText = Math.Max(LongestText, texts.Max(t => t.Length));
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(Vector(t)))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("fake", null, modelId, Dimensions)
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static float[] Vector(string text)
    {
        var v = new float[Dimensions];
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            var w = m.Value.Length > 5 ? m.Value[..5] : m.Value;
            v[(int)((uint)StableHash(w) % Dimensions)] += 1;
        }

        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : [.. v.Select(x => x / norm)];
    }

    // string.GetHashCode is randomised per process; the fake must give the same vector after a "restart".
    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 23;
            foreach (var c in s)
            {
                h = (h * 31) + c;
            }

            return h;
        }
    }

    [GeneratedRegex(@"[a-z]{4,}")]
    private static partial Regex Word();
}
