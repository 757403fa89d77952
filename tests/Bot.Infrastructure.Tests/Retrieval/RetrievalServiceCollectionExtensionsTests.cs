using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class RetrievalServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    private ServiceProvider Provider(Dictionary<string, string?>? settings = null, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        settings ??= [];
        settings["Storage:Path"] = _temp.DatabasePath;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(KnowledgeFixture.Provider());
        if (generator is not null)
        {
            services.AddSingleton(generator);
        }

        services.AddStorage();
        services.AddRetrieval();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task AddRetrieval_DefaultConfiguration_ResolvesHybridRetrieverExtractiveComposerAndWarmUp()
    {
        var generator = new FakeEmbeddingGenerator();
        await using var provider = Provider(generator: generator);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var retriever = Assert.IsType<HybridRetriever>(provider.GetRequiredService<IRetriever>());
        Assert.True(retriever.IsEnabled);
        Assert.IsType<ExtractiveAnswerComposer>(provider.GetRequiredService<IAnswerComposer>());

        var hostedServices = provider.GetServices<IHostedService>().ToList();
        foreach (var hosted in hostedServices)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        try
        {
            // The warm-up built the dense index (and embedded every passage) before any question.
            Assert.True(retriever.DenseActive);
            Assert.True(generator.TextsEmbedded >= KnowledgeChunker.Chunk(KnowledgeFixture.Create()).Count);
            Assert.Equal(KnowledgeChunker.Chunk(KnowledgeFixture.Create()).Count,
                provider.GetRequiredService<IEmbeddingCache>().Count("fake-bow/64"));
        }
        finally
        {
            // Stopped as the host would, so no background work still writes into the temp folder while it is deleted.
            for (var i = hostedServices.Count - 1; i >= 0; i--)
            {
                await hostedServices[i].StopAsync(CancellationToken.None);
            }
        }
    }

    [Theory]
    [InlineData("not a url", "m")]
    [InlineData("ftp://example.invalid/v1", "m")]
    [InlineData("http://127.0.0.1:1/v1", "")]
    [InlineData("", "some-model")]
    [InlineData("http://127.0.0.1:1/v1", "m", "0")]
    [InlineData("http://127.0.0.1:1/v1", "m", "121")]
    public async Task AddRetrieval_BadLlmSection_FailsStartupValidation(string endpoint, string model, string timeout = "8")
    {
        await using var provider = Provider(new()
        {
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = model,
            ["Llm:TimeoutSeconds"] = timeout,
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public async Task AddRetrieval_MinConfidenceOutOfRange_FailsStartupValidation(string value)
    {
        await using var provider = Provider(new() { ["Retrieval:MinConfidence"] = value });
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task Kernel_KnowledgeSearchFunction_ReturnsNumberedPassages()
    {
        await using var provider = Provider();
        var kernel = provider.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync(KnowledgeSearchPlugin.PluginName, "search", new KernelArguments { ["query"] = "who owns dokdo", ["count"] = 2 });

        var text = result.GetValue<string>();
        Assert.NotNull(text);
        Assert.StartsWith("[1] Dokdo / Takeshima", text, StringComparison.Ordinal);
        Assert.Contains("[2] ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[3] ", text, StringComparison.Ordinal);
    }
}
