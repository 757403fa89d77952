using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbDeliveryDeduplicatorTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private LiteDbDeliveryDeduplicator Deduplicator(LiteDbContext db, ListLogger<LiteDbDeliveryDeduplicator>? logger = null) =>
        new(db, _time, logger ?? new ListLogger<LiteDbDeliveryDeduplicator>());

    [Fact]
    public void TryClaim_DatabaseUnwritable_FallsBackToMemoryAndStillDeduplicates()
    {
        using var db = TempStorage.Open(_temp.Options());
        var logger = new ListLogger<LiteDbDeliveryDeduplicator>();
        var dedupe = Deduplicator(db, logger);
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        Assert.True(dedupe.TryClaim("k", Ttl));
        Assert.False(dedupe.TryClaim("k", Ttl));
        Assert.Contains(logger.Entries, e => e.Message.Contains("in memory only", StringComparison.Ordinal));
    }

    [Fact]
    public void AddStorage_ResolvesFeedbackAndDeliveryStoresOverTheSharedContext()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = _temp.DatabasePath }).Build());
        services.AddLogging();
        services.AddStorage();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<LiteDbFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.True(Assert.IsType<LiteDbDeliveryDeduplicator>(provider.GetRequiredService<IDeliveryDeduplicator>()).TryClaim("k", Ttl));
    }
}
