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

    [Fact]
    public void AddStorage_PostgresWithoutConnectionString_FailsStartupValidationNamingTheKey()
    {
        using var provider = Services(new() { ["Storage:Provider"] = "Postgres" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_Postgres_ResolvesPostgresStoresAndNeverTouchesTheLiteDbFile()
    {
        using var provider = Services(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=jkbot;Username=jkbot",
            ["Storage:Path"] = _temp.DatabasePath,
        }).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<Infrastructure.Storage.Postgres.PostgresQueryLog>(provider.GetRequiredService<IQueryLog>());
        Assert.IsType<Infrastructure.Storage.Postgres.PostgresConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.IsType<Infrastructure.Storage.Postgres.PostgresDigestStore>(provider.GetRequiredService<IDigestStore>());
        Assert.IsType<Infrastructure.Storage.Postgres.PostgresDeliveryDeduplicator>(provider.GetRequiredService<IDeliveryDeduplicator>());
        Assert.IsType<Infrastructure.Storage.Postgres.PostgresEmbeddingCache>(provider.GetRequiredService<Bot.Infrastructure.Retrieval.IEmbeddingCache>());
        Assert.IsType<Infrastructure.Storage.Postgres.PostgresDatabase>(provider.GetRequiredService<IStorageHealth>());
        Assert.False(Directory.Exists(_temp.Root));
    }

    [Fact]
    public void AddStorage_UnknownProvider_FailsNamingTheKey()
    {
        using var provider = Services(new() { ["Storage:Provider"] = "MySql" }).BuildServiceProvider();

        var error = Assert.ThrowsAny<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }
}
