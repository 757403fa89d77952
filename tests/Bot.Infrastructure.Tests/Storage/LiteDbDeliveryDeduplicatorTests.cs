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
    public void TryClaim_FirstTime_ReturnsTrue()
    {
        using var db = TempStorage.Open(_temp.Options());

        Assert.True(Deduplicator(db).TryClaim("slack:event:Ev1", Ttl));
    }

    [Fact]
    public void TryClaim_SameKeyAgain_ReturnsFalse()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = Deduplicator(db);

        dedupe.TryClaim("slack:event:Ev1", Ttl);

        Assert.False(dedupe.TryClaim("slack:event:Ev1", Ttl));
        Assert.True(dedupe.TryClaim("slack:event:Ev2", Ttl));
    }

    [Fact]
    public void TryClaim_AfterReopen_ClaimSurvives()
    {
        var options = _temp.Options();
        using (var db = TempStorage.Open(options))
        {
            Assert.True(Deduplicator(db).TryClaim("slack:event:Ev1", Ttl));
        }

        using var reopened = TempStorage.Open(options);
        Assert.False(Deduplicator(reopened).TryClaim("slack:event:Ev1", Ttl));
    }

    [Fact]
    public void TryClaim_TwoContextsOnOneFile_OnlyOneWins()
    {
        // Two processes (or an old and a new instance during a restart) share the file in shared mode.
        var options = _temp.Options();
        using var first = TempStorage.Open(options);
        using var second = TempStorage.Open(options);

        var results = new[] { Deduplicator(first).TryClaim("k", Ttl), Deduplicator(second).TryClaim("k", Ttl) };

        Assert.Equal([true, false], results);
    }

    [Fact]
    public void TryClaim_ManyThreadsOneKey_ExactlyOneWins()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = Deduplicator(db);
        var wins = 0;

        Parallel.For(0, 16, _ =>
        {
            if (dedupe.TryClaim("slack:event:race", Ttl))
            {
                Interlocked.Increment(ref wins);
            }
        });

        Assert.Equal(1, wins);
    }

    [Fact]
    public void TryClaim_JustBeforeExpiry_ReturnsFalse()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = Deduplicator(db);
        dedupe.TryClaim("k", Ttl);

        _time.Advance(Ttl - TimeSpan.FromSeconds(1));

        Assert.False(dedupe.TryClaim("k", Ttl));
    }

    [Fact]
    public void TryClaim_AfterExpiry_ClaimsAgainOnce()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = Deduplicator(db);
        dedupe.TryClaim("k", Ttl);

        _time.Advance(Ttl);

        Assert.True(dedupe.TryClaim("k", Ttl));
        Assert.False(dedupe.TryClaim("k", Ttl));
    }

    [Fact]
    public void TryClaim_ManyExpiredClaims_ArePruned()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = Deduplicator(db);
        for (var i = 0; i < LiteDbDeliveryDeduplicator.PruneEvery - 1; i++)
        {
            dedupe.TryClaim($"old:{i}", Ttl);
        }

        _time.Advance(Ttl + TimeSpan.FromMinutes(1));
        dedupe.TryClaim("new", Ttl);

        Assert.Equal(1, db.Deliveries.Count());
    }

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
