using Bot.Core.Digest;
using Bot.Infrastructure.Tests.Storage.Postgres;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class DigestStoreContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    private static DigestSubscription Subscription(string channel = "C1") => new()
    {
        Platform = "slack",
        Workspace = "T1",
        Channel = channel,
        Time = new TimeOnly(8, 30),
        TimeZone = "Asia/Seoul",
        Sections = DigestSections.OnThisDay | DigestSections.Faq,
        Origin = SubscriptionOrigin.Configuration,
        Status = SubscriptionStatus.Failing,
        LastError = "not_in_channel",
        StatusChangedAt = Now,
        CreatedAt = Now.AddDays(-3),
    };

    private static DigestDelivery Delivery(DateOnly date, string channel = "C1") => new()
    {
        Key = IdempotencyKey.For("slack", channel, date),
        SubscriptionId = DigestSubscription.SubscriptionId("slack", channel),
        LocalDate = date,
        DueAt = Now,
        State = DeliveryState.Sending,
        Attempts = 1,
        UpdatedAt = Now,
    };

    [StoreFact]
    public void Save_ThenRead_RoundTripsEveryField()
    {
        var store = Open().Digest();
        var saved = Subscription();

        store.Save(saved);

        Assert.Equal(saved, store.Subscription("slack", "C1"));
        Assert.Null(store.Subscription("slack", "C2"));
    }

    [StoreFact]
    public void Subscriptions_SavedInAnyOrder_ListedByIdAndReplacedNotDoubled()
    {
        var store = Open().Digest();
        store.Save(Subscription("Cb"));
        store.Save(Subscription("Ca"));
        store.Save(Subscription("Cb") with { Time = new TimeOnly(9, 0) });

        var all = store.Subscriptions();

        Assert.Equal(["slack:Ca", "slack:Cb"], all.Select(s => s.Id));
        Assert.Equal(new TimeOnly(9, 0), all[1].Time);
    }

    [StoreFact]
    public void Remove_Subscribed_TrueOnceThenFalse()
    {
        var store = Open().Digest();
        store.Save(Subscription());

        Assert.True(store.Remove("slack", "C1"));
        Assert.False(store.Remove("slack", "C1"));
        Assert.Empty(store.Subscriptions());
    }

    [StoreFact]
    public void TryClaim_SameDeliveryFromTwoReplicas_OnlyTheFirstWins()
    {
        var storage = Open();
        var date = new DateOnly(2026, 11, 27);

        Assert.True(storage.Digest().TryClaim(Delivery(date)));
        Assert.False(Reopen(storage).Digest().TryClaim(Delivery(date) with { State = DeliveryState.Skipped }));
        Assert.Equal(DeliveryState.Sending, storage.Digest().Delivery(Delivery(date).Key)?.State);
    }

    [StoreFact]
    public void TryTakeOver_EightClaimersOfOneAbandonedSendingRecord_ExactlyOneWins() =>
        AssertOneWinnerPerRound(DeliveryState.Sending);

    [StoreFact]
    public void TryTakeOver_EightClaimersOfOneDueRetryingRecord_ExactlyOneWins() =>
        AssertOneWinnerPerRound(DeliveryState.Retrying);

    [StoreFact]
    public void TryTakeOver_RecordMovedOnSinceItWasRead_FalseAndLeftAsItIs()
    {
        var storage = Open();
        var store = storage.Digest();
        var seen = Delivery(new DateOnly(2026, 11, 27));
        store.TryClaim(seen);
        var settled = seen with { State = DeliveryState.Retrying, NextAttemptAt = Now.AddMinutes(1), Error = "429" };
        store.Update(settled);

        // Read as 'sending' (attempt 1) before the owner settled it as 'retrying': that picture is stale.
        Assert.False(Reopen(storage).Digest().TryTakeOver(seen, seen with { Attempts = 2, UpdatedAt = Now.AddMinutes(2) }));
        Assert.False(store.TryTakeOver(settled with { Attempts = 7 }, settled with { State = DeliveryState.Sending, Attempts = 8 }));
        Assert.False(store.TryTakeOver(Delivery(new DateOnly(2026, 11, 28)), Delivery(new DateOnly(2026, 11, 28)) with { Attempts = 2 }));
        Assert.Equal(settled, store.Delivery(seen.Key));
        Assert.Null(store.Delivery(Delivery(new DateOnly(2026, 11, 28)).Key));
    }

    [StoreFact]
    public void TryTakeOver_NotANewAttemptOfTheSameRecord_Throws()
    {
        var store = Open().Digest();
        var seen = Delivery(new DateOnly(2026, 11, 27));
        store.TryClaim(seen);

        Assert.Throws<ArgumentException>(() => store.TryTakeOver(seen, seen with { UpdatedAt = Now.AddMinutes(2) }));
        Assert.Throws<ArgumentException>(() => store.TryTakeOver(seen, Delivery(new DateOnly(2026, 11, 28)) with { Attempts = 2 }));
    }

    /// <summary>
    /// Eight claimers (four threads on one store, four on stores of their own: other replicas) all read the record, then
    /// take it over at the same moment, for several rounds: each round exactly one wins, and the record holds its attempt.
    /// </summary>
    private void AssertOneWinnerPerRound(DeliveryState abandonedState)
    {
        const int claimers = 8;
        var storage = Open();
        var shared = storage.Digest();
        var stores = Enumerable.Range(0, claimers).Select(i => i < claimers / 2 ? shared : Reopen(storage).Digest()).ToArray();
        var first = Delivery(new DateOnly(2026, 11, 27)) with { State = abandonedState, NextAttemptAt = abandonedState == DeliveryState.Retrying ? Now : null };
        Assert.True(shared.TryClaim(first));

        for (var round = 1; round <= 5; round++)
        {
            using var allRead = new Barrier(claimers);
            var wins = new int[claimers];
            var threads = Enumerable.Range(0, claimers).Select(i => new Thread(() =>
            {
                var seen = stores[i].Delivery(first.Key)!;
                allRead.SignalAndWait();
                var claimed = seen with { State = DeliveryState.Sending, Attempts = seen.Attempts + 1, NextAttemptAt = null, UpdatedAt = Now.AddMinutes(round), Error = $"claimer {i}" };
                wins[i] = stores[i].TryTakeOver(seen, claimed) ? 1 : 0;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            var winner = Assert.Single(Enumerable.Range(0, claimers), i => wins[i] == 1);
            var stored = shared.Delivery(first.Key)!;
            Assert.Equal(round + 1, stored.Attempts);
            Assert.Equal(DeliveryState.Sending, stored.State);
            Assert.Equal($"claimer {winner}", stored.Error);

            // The winner's attempt ends as the state the next round's claimers find abandoned.
            shared.Update(stored with { State = abandonedState });
        }
    }

    [StoreFact]
    public void Update_Claimed_RoundTripsEveryField()
    {
        var store = Open().Digest();
        var claimed = Delivery(new DateOnly(2026, 11, 27));
        store.TryClaim(claimed);
        var sent = claimed with
        {
            State = DeliveryState.Retrying, Attempts = 2, NextAttemptAt = Now.AddMinutes(5), UpdatedAt = Now.AddMinutes(1),
            Error = "429", FaqId = "gsomia", KnowledgeVersion = "v7", MessageId = "1718000000.000100",
        };

        store.Update(sent);

        Assert.Equal(sent, store.Delivery(claimed.Key));
    }

    [StoreFact]
    public void Update_NeverClaimed_Throws()
    {
        var store = Open().Digest();

        Assert.Throws<InvalidOperationException>(() => store.Update(Delivery(new DateOnly(2026, 11, 27))));
        Assert.Null(store.Delivery(Delivery(new DateOnly(2026, 11, 27)).Key));
    }

    [StoreFact]
    public void Deliveries_SinceADate_NewestFirstAndOnlyThatSubscription()
    {
        var store = Open().Digest();
        foreach (var day in new[] { 24, 27, 25, 26 })
        {
            store.TryClaim(Delivery(new DateOnly(2026, 11, day)));
        }

        store.TryClaim(Delivery(new DateOnly(2026, 11, 27), channel: "C2"));

        Assert.Equal([27, 26, 25], store.Deliveries("slack:C1", new DateOnly(2026, 11, 25)).Select(d => d.LocalDate.Day));
        Assert.Equal([27, 26], store.RecentDeliveries("slack:C1", 2).Select(d => d.LocalDate.Day));
    }

    [StoreFact]
    public void SaveFingerprints_SameVersionTwice_KeepsTheFirst()
    {
        var store = Open().Digest();
        var first = new KnowledgeFingerprints("v1", new Dictionary<string, string> { ["faq:gsomia"] = "abc", ["event:1965 treaty"] = "def" });

        store.SaveFingerprints(first);
        store.SaveFingerprints(new KnowledgeFingerprints("v1", new Dictionary<string, string> { ["faq:gsomia"] = "zzz" }));

        var read = store.Fingerprints("v1");
        Assert.NotNull(read);
        Assert.Equal(first.Entries.OrderBy(e => e.Key), read.Entries.OrderBy(e => e.Key));
        Assert.Null(store.Fingerprints("v2"));
    }
}

public sealed class LiteDbDigestStoreContractTests : DigestStoreContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDigestStoreTests(PostgresCluster cluster) : DigestStoreContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
