using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Registers free-form retrieval: hybrid search, the answer composers, the Kernel and the warm-up.</summary>
public static class RetrievalServiceCollectionExtensions
{
    internal const string LlmHttpClientKey = "llm";

    /// <summary>
    /// Adds <see cref="RetrievalOptions"/> and <see cref="LlmOptions"/> (validated at start), <see cref="HybridRetriever"/> as
    /// <see cref="IRetriever"/>, <see cref="IAnswerComposer"/> (LLM-phrased when <c>Llm:Endpoint</c> and <c>Llm:Model</c> are set,
    /// extractive otherwise), a <see cref="Kernel"/> with the <c>knowledge</c> search plugin, and a hosted warm-up.
    /// Needs <c>AddStorage()</c> (the embedding cache lives in its database) and an <see cref="IKnowledgeProvider"/>;
    /// dense search is on when an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> is registered (e.g. <c>AddMiniLmEmbeddings()</c>).
    /// </summary>
    public static IServiceCollection AddRetrieval(this IServiceCollection services)
    {
        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HybridRetriever>();
        services.AddSingleton<IRetriever>(sp => sp.GetRequiredService<HybridRetriever>());
        services.AddSingleton<Knowledge.IKnowledgeSnapshotWarmer>(sp => sp.GetRequiredService<HybridRetriever>());
        services.AddHostedService<RetrievalWarmUp>();

        services.AddSingleton<ExtractiveAnswerComposer>();
        services.AddSingleton<LlmAnswerComposer>();
        services.AddSingleton<IAnswerComposer>(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value.IsEnabled
            ? sp.GetRequiredService<LlmAnswerComposer>()
            : sp.GetRequiredService<ExtractiveAnswerComposer>());

        // SK disables the OpenAI client's own retries when given an HttpClient, so the timeout bounds the whole call.
        services.AddKeyedSingleton(LlmHttpClientKey, (_, _) => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var builder = Kernel.CreateBuilder();
            builder.Services.AddSingleton(sp.GetRequiredService<ILoggerFactory>());
            if (llm.IsEnabled)
            {
                // Local servers (Ollama, vLLM) ignore the key, but the client refuses an empty one.
                builder.AddOpenAIChatCompletion(llm.Model!, new Uri(llm.Endpoint!), string.IsNullOrEmpty(llm.ApiKey) ? "none" : llm.ApiKey,
                    httpClient: sp.GetRequiredKeyedService<HttpClient>(LlmHttpClientKey));
            }

            builder.Plugins.AddFromObject(new KnowledgeSearchPlugin(sp.GetRequiredService<IRetriever>()), KnowledgeSearchPlugin.PluginName);
            return builder.Build();
        });
        return services;
    }
}
