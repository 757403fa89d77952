using Bot.Core.Knowledge;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Retrieval;

/// <summary>Builds retrievers and composers over a fixture, the way the container would.</summary>
public static class Retrievers
{
    public static HybridRetriever Create(
        KnowledgeBase? kb = null,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null,
        IEmbeddingCache? cache = null,
        ListLogger<HybridRetriever>? logger = null) =>
        new(KnowledgeFixture.Provider(kb), Options.Create(new RetrievalOptions()), logger ?? new ListLogger<HybridRetriever>(), generator, cache);

    public static ExtractiveAnswerComposer Extractive(double minConfidence = 0.4) =>
        new(Options.Create(new RetrievalOptions { MinConfidence = minConfidence }));
}
