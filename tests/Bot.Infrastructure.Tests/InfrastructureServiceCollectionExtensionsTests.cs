using Bot.Core.Abstractions;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Tests.Knowledge;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Infrastructure.Tests;

public sealed class InfrastructureServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempStorage _storage = new();
    private readonly KnowledgeFixture _knowledge = new();

    public void Dispose()
    {
        _storage.Dispose();
        _knowledge.Dispose();
    }

    [Fact]
    public async Task AddInfrastructure_ResolvingProviderRetrieverAndHostedServices_CompletesWithoutACycle()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = _knowledge.Root,
            ["Storage:Path"] = _storage.DatabasePath,
            ["Retrieval:UseEmbeddings"] = "false",
        }).Build());
        services.AddLogging();
        services.AddInfrastructure();
        await using var provider = services.BuildServiceProvider();

        // The retriever depends on the knowledge provider and the provider prepares the retriever on reload: a
        // cycle there hangs resolution (singleton locks), so resolve on another thread with a deadline.
        var resolved = await Task.Run(() =>
        {
            var knowledge = provider.GetRequiredService<IKnowledgeProvider>();
            var retriever = provider.GetRequiredService<IRetriever>();
            var hosted = provider.GetServices<IHostedService>().ToList();
            Assert.Same(knowledge, provider.GetRequiredService<IKnowledgeReloader>());
            return (knowledge, retriever, hosted);
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<ReloadingKnowledgeProvider>(resolved.knowledge);
        Assert.True(resolved.retriever.IsEnabled);
        Assert.Contains(resolved.hosted, h => h is ReloadingKnowledgeProvider);
        Assert.NotEmpty(resolved.knowledge.Current.Timeline);
        var reload = await ((ReloadingKnowledgeProvider)resolved.knowledge).ReloadAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(KnowledgeReloadOutcome.Unchanged, reload.Outcome);
    }
}
