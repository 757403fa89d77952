using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Embeddings.MiniLM;

/// <summary>Registers the local MiniLM embedding generator.</summary>
public static class MiniLmServiceCollectionExtensions
{
    /// <summary>Adds <see cref="MiniLmEmbeddingGenerator"/> as the process's <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> (one instance: the model is ~90 MB).</summary>
    public static IServiceCollection AddMiniLmEmbeddings(this IServiceCollection services)
    {
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, MiniLmEmbeddingGenerator>();
        return services;
    }
}
