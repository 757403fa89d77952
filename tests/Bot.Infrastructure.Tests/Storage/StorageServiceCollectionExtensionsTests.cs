using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddStorage();
        return services;
    }

    [Fact]
    public void AddStorage_ValidConfiguration_ResolvesStoresOverOneContext()
    {
        using var provider = Services(new() { ["Storage:Path"] = _temp.DatabasePath, ["Storage:LogQuestionText"] = "false" })
            .BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var log = provider.GetRequiredService<IQueryLog>();
        log.Record(new QueryLogEntry(DateTimeOffset.UnixEpoch, "console", "what is GSOMIA?", "Glossary", "Answer", 0.4));

        var concrete = provider.GetRequiredService<LiteDbQueryLog>();
        Assert.Same(concrete, log);
        Assert.Null(Assert.Single(concrete.Recent(1)).Question);
        Assert.IsType<LiteDbConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<LiteDbContext>());
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    public void AddStorage_NonPositiveTtl_FailsStartupValidation(string ttl)
    {
        using var provider = Services(new() { ["Storage:Path"] = _temp.DatabasePath, ["Storage:ConversationTtl"] = ttl })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ConversationTtl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_EmptyPath_FailsStartupValidation()
    {
        using var provider = Services(new() { ["Storage:Path"] = "" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_TimeProviderAlreadyRegistered_KeepsIt()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fake);

        services.AddStorage();

        using var provider = services.BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }
}
