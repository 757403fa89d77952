using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class DeliveryDeduplicatorContract : StoreContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public void TryClaim_SameKeyAgain_OnlyTheFirstWins()
    {
        var dedupe = Open().Deduplicator(_time);

        Assert.True(dedupe.TryClaim("slack:event:Ev1", Ttl));
        Assert.False(dedupe.TryClaim("slack:event:Ev1", Ttl));
        Assert.True(dedupe.TryClaim("slack:event:Ev2", Ttl));
    }

    [StoreFact]
    public void TryClaim_SameIdOnAnotherPlatformOrKind_IsAnotherDelivery()
    {
        var dedupe = Open().Deduplicator(_time);

        Assert.True(dedupe.TryClaim("slack:event:1", Ttl));
        Assert.True(dedupe.TryClaim("discord:message:1", Ttl));
        Assert.True(dedupe.TryClaim("slack:command:1", Ttl));
        Assert.True(dedupe.TryClaim("1", Ttl));
        Assert.False(dedupe.TryClaim("discord:message:1", Ttl));
    }

    [StoreFact]
    public void TryClaimBoth_AsTheTwoClaimsInTurn()
    {
        var dedupe = Open().Deduplicator(_time);

        Assert.True(dedupe.TryClaimBoth("slack:event:Ev1", "slack:message:C1:1.1", Ttl));
        Assert.False(dedupe.TryClaimBoth("slack:event:Ev1", "slack:message:C1:1.1", Ttl)); // a retry
        // An edit: a new event, the same message. The event is claimed all the same, as TryClaim(event) would have.
        Assert.False(dedupe.TryClaimBoth("slack:event:Ev2", "slack:message:C1:1.1", Ttl));
        Assert.False(dedupe.TryClaim("slack:event:Ev2", Ttl));
        // A first claim already taken: the second is not claimed.
        Assert.False(dedupe.TryClaimBoth("slack:event:Ev1", "slack:message:C1:2.2", Ttl));
        Assert.True(dedupe.TryClaim("slack:message:C1:2.2", Ttl));
        // Expired claims are taken over, both at once.
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));
        Assert.True(dedupe.TryClaimBoth("slack:event:Ev1", "slack:message:C1:1.1", Ttl));
        Assert.False(dedupe.TryClaimBoth("slack:event:Ev3", "slack:event:Ev3", Ttl));
    }

    [StoreFact]
    public void TryClaimBoth_ManyThreadsOnTwoConnections_ExactlyOneWins()
    {
        var storage = Open();
        IReadOnlyList<Bot.Core.Abstractions.IDeliveryDeduplicator> replicas = [storage.Deduplicator(_time), Reopen(storage).Deduplicator(_time)];
        var wins = 0;

        Parallel.For(0, 16, i =>
        {
            // Half the copies are the retry (same event), half an edit (another event, the same message).
            if (replicas[i % 2].TryClaimBoth(i % 4 < 2 ? "slack:event:race" : "slack:event:edit", "slack:message:C1:race", Ttl))
            {
                Interlocked.Increment(ref wins);
            }
        });

        Assert.Equal(1, wins);
    }

    [StoreFact]
    public void TryClaim_AfterReopen_ClaimSurvives()
    {
        var storage = Open();
        Assert.True(storage.Deduplicator(_time).TryClaim("slack:event:Ev1", Ttl));

        Assert.False(Reopen(storage).Deduplicator(_time).TryClaim("slack:event:Ev1", Ttl));
    }

    [StoreFact]
    public void TryClaim_ManyThreadsOnTwoConnections_ExactlyOneWins()
    {
        // Two replicas (or an old and a new instance during a restart) receive the same platform retry at once.
        var storage = Open();
        IReadOnlyList<Bot.Core.Abstractions.IDeliveryDeduplicator> replicas = [storage.Deduplicator(_time), Reopen(storage).Deduplicator(_time)];
        var wins = 0;

        Parallel.For(0, 16, i =>
        {
            if (replicas[i % 2].TryClaim("slack:event:race", Ttl))
            {
                Interlocked.Increment(ref wins);
            }
        });

        Assert.Equal(1, wins);
    }

    [StoreFact]
    public void TryClaim_JustBeforeExpiry_ReturnsFalse()
    {
        var dedupe = Open().Deduplicator(_time);
        dedupe.TryClaim("k", Ttl);

        _time.Advance(Ttl - TimeSpan.FromSeconds(1));

        Assert.False(dedupe.TryClaim("k", Ttl));
    }

    [StoreFact]
    public void TryClaim_AfterExpiry_ClaimsAgainOnce()
    {
        var dedupe = Open().Deduplicator(_time);
        dedupe.TryClaim("k", Ttl);

        _time.Advance(Ttl);

        Assert.True(dedupe.TryClaim("k", Ttl));
        Assert.False(dedupe.TryClaim("k", Ttl));
    }

    [StoreFact]
    public void TryClaim_ManyExpiredClaims_ArePruned()
    {
        var storage = Open();
        var dedupe = storage.Deduplicator(_time);
        for (var i = 0; i < LiteDbDeliveryDeduplicator.PruneEvery - 1; i++)
        {
            dedupe.TryClaim($"slack:event:old{i}", Ttl);
        }

        _time.Advance(Ttl + TimeSpan.FromMinutes(1));
        dedupe.TryClaim("slack:event:new", Ttl);

        Assert.Equal(1, storage.Stored(StoredKind.DeliveryClaims));
    }

    [StoreFact]
    public void TryClaim_KeyLongerThanTheLimit_DeduplicatesLikeAnyOther()
    {
        var dedupe = Open().Deduplicator(_time);
        var forged = "slack:share:" + new string('a', 100_000);

        Assert.True(dedupe.TryClaim(forged, Ttl));
        Assert.False(dedupe.TryClaim(forged, Ttl));
        Assert.True(dedupe.TryClaim(forged + "b", Ttl));
    }
}

public sealed class LiteDbDeliveryDeduplicatorContractTests : DeliveryDeduplicatorContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryDeduplicatorTests(PostgresCluster cluster) : DeliveryDeduplicatorContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
