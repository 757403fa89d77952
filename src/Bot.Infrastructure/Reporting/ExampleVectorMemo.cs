using Bot.Core.Text;
using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The closest-entry queries' vectors (each listed gap's example, as the retriever embeds it), kept like the gap texts' vectors
/// (<see cref="GapVectorMemo"/>: in memory, and in the store when question text is logged, hashed, swept with them) under their
/// own model name, since the retriever embeds the example as asked, not its normalised form. A new CLI process then lists the
/// closest entries without loading the model, and with the model's own vectors, so the same entries.
/// </summary>
internal sealed class ExampleVectorMemo(GapVectorMemo memo) : IKnownQueryVectors
{
    private readonly List<(string Text, float[] Vector)> _made = [];

    /// <summary>The store model name for <paramref name="model"/>'s query vectors (the gap texts' are under the model's own id).</summary>
    public static string ModelName(string model) => "query|" + model;

    /// <summary>Takes from the store, in one batch, the vectors of the examples the retriever will embed.</summary>
    public void Load(IEnumerable<string> examples) => memo.Load([.. examples.Select(TextNormalizer.Clean).Where(t => t.Length > 0)]);

    public float[]? Find(string text) => memo.TryGet(text);

    public void Made(string text, float[] vector)
    {
        lock (_made)
        {
            _made.Add((text, vector));
        }
    }

    /// <summary>Keeps the vectors the model made since the last call (one batch).</summary>
    public void Save()
    {
        lock (_made)
        {
            memo.Add(_made);
            _made.Clear();
        }
    }
}
