namespace Bot.Core.Abstractions;

/// <summary>Finds knowledge passages for a free-form question (hybrid search in Infrastructure).</summary>
public interface IRetriever
{
    /// <summary>False when no retrieval backend is configured: the router then says honestly it has no answer.</summary>
    bool IsEnabled { get; }

    Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken);
}

/// <summary>Passages ranked best first; <see cref="Passages"/> is empty when nothing matched.</summary>
public sealed record RetrievalResult(IReadOnlyList<RetrievedPassage> Passages)
{
    public static RetrievalResult Empty { get; } = new([]);
}

/// <summary>One knowledge passage and how well it matched (0–1).</summary>
public sealed record RetrievedPassage(string Id, string Kind, string Title, string Text, IReadOnlyList<string> SourceIds, double Score);

/// <summary>The retriever used until a real one is configured: it finds nothing.</summary>
public sealed class NullRetriever : IRetriever
{
    public bool IsEnabled => false;

    public Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken) =>
        Task.FromResult(RetrievalResult.Empty);
}
