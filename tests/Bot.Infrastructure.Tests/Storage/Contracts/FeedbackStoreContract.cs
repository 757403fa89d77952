using Bot.Core.Abstractions;
using Bot.Core.Feedback;
using Bot.Infrastructure.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class FeedbackStoreContract : StoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public void Totals_NoVotes_ReturnsZeros() => Assert.Equal((0, 0), Open().Feedback(_time).Totals("Ev1"));

    [StoreFact]
    public void Record_VotesFromSeveralUsers_CountsEach()
    {
        var store = Open().Feedback(_time);

        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U2", helpful: true);
        store.Record("slack", "Ev1", "U3", helpful: false);
        store.Record("slack", "Ev2", "U1", helpful: false);

        Assert.Equal((2, 1), store.Totals("Ev1"));
        Assert.Equal((0, 1), store.Totals("Ev2"));
    }

    [StoreFact]
    public void Record_SameUserVotesAgain_LastVoteWins()
    {
        var store = Open().Feedback(_time);

        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U1", helpful: false);

        Assert.Equal((0, 1), store.Totals("Ev1"));
    }

    [StoreFact]
    public void Record_SameUserIdOnTwoPlatforms_CountsAsTwoVoters()
    {
        var store = Open().Feedback(_time);

        store.Record("slack", "A1", "U1", helpful: true);
        store.Record("discord", "A1", "U1", helpful: true);

        Assert.Equal((2, 0), store.Totals("A1"));
    }

    [StoreFact]
    public void Record_ThenReopen_VotesPersist()
    {
        var storage = Open();
        storage.Feedback(_time).Record("slack", "Ev1", "U1", helpful: true);

        Assert.Equal((1, 0), Reopen(storage).Feedback(_time).Totals("Ev1"));
    }

    [StoreFact]
    public void Record_AnswerIdLongerThanTheLimit_CountedUnderItsBoundedId()
    {
        var store = Open().Feedback(_time);
        var forged = new string('x', 100_000);

        store.Record("slack", forged, "U1", helpful: false);

        Assert.Equal((0, 1), store.Totals(forged));
    }

    [StoreFact]
    public void RecordReason_OnADownVote_ReadBackBySince()
    {
        var store = Open().Feedback(_time);
        store.Record("slack", "A1", "U1", helpful: false);

        Assert.True(store.RecordReason("slack", "A1", "U1", FeedbackReasons.Outdated, "  the 2023 figure\nis newer  "));

        var vote = Assert.Single(store.Since(_time.GetUtcNow().AddMinutes(-1)));
        Assert.Equal(new FeedbackRecord(_time.GetUtcNow(), "slack", "A1", false, "outdated", "the 2023 figure is newer"), vote);
        Assert.Equal(TimeSpan.Zero, vote.Time.Offset);
    }

    [StoreFact]
    public void RecordReason_NoVoteOrAnUpVote_ReturnsFalseAndStoresNothing()
    {
        var store = Open().Feedback(_time);
        store.Record("slack", "A1", "U1", helpful: true);

        Assert.False(store.RecordReason("slack", "A1", "U1", FeedbackReasons.Wrong, null));
        Assert.False(store.RecordReason("slack", "A1", "U2", FeedbackReasons.Wrong, null));
        Assert.False(store.RecordReason("discord", "A1", "U1", FeedbackReasons.Wrong, null));

        var vote = Assert.Single(store.Since(DateTimeOffset.MinValue));
        Assert.True(vote.Helpful);
        Assert.Null(vote.Reason);
    }

    [StoreFact]
    public void RecordReason_UnknownKey_ReturnsFalse()
    {
        var store = Open().Feedback(_time);
        store.Record("discord", "A1", "U1", helpful: false);

        Assert.False(store.RecordReason("discord", "A1", "U1", "WRONG", "x"));
        Assert.False(store.RecordReason("discord", "A1", "U1", "<script>", null));

        Assert.Null(Assert.Single(store.Since(DateTimeOffset.MinValue)).Reason);
    }

    [StoreFact]
    public void RecordReason_TextLongerThanTheLimitWithControlCharacters_StoredCleanAndCut()
    {
        var store = Open().Feedback(_time);
        store.Record("discord", "A1", "U1", helpful: false);

        Assert.True(store.RecordReason("discord", "A1", "U1", FeedbackReasons.Other, "\u0007bad\u0000" + new string('y', 1000)));

        var text = Assert.Single(store.Since(DateTimeOffset.MinValue)).Text;
        Assert.Equal(FeedbackReasons.MaxTextLength, text!.Length);
        Assert.StartsWith("bad yyy", text, StringComparison.Ordinal);
    }

    [StoreFact]
    public void Record_UpVoteAfterAReason_ClearsIt_RepeatedDownVoteKeepsIt()
    {
        var store = Open().Feedback(_time);
        store.Record("slack", "A1", "U1", helpful: false);
        store.RecordReason("slack", "A1", "U1", FeedbackReasons.NotNeutral, "one-sided");
        store.Record("slack", "A2", "U1", helpful: false);
        store.RecordReason("slack", "A2", "U1", FeedbackReasons.Wrong, null);

        store.Record("slack", "A1", "U1", helpful: false);
        store.Record("slack", "A2", "U1", helpful: true);
        store.Record("slack", "A2", "U1", helpful: false);

        var votes = store.Since(DateTimeOffset.MinValue).ToDictionary(v => v.AnswerId);
        Assert.Equal(("not-neutral", "one-sided"), (votes["A1"].Reason, votes["A1"].Text));
        Assert.Equal((false, null, null), (votes["A2"].Helpful, votes["A2"].Reason, votes["A2"].Text));
    }

    [StoreFact]
    public void Since_OnlyVotesAtOrAfterTheTime_OldestFirst()
    {
        var store = Open().Feedback(_time);
        store.Record("slack", "Old", "U1", helpful: false);
        _time.Advance(TimeSpan.FromDays(2));
        var cut = _time.GetUtcNow();
        store.Record("slack", "New1", "U1", helpful: true);
        _time.Advance(TimeSpan.FromMinutes(5));
        store.Record("discord", "New2", "U2", helpful: false);

        Assert.Equal(["New1", "New2"], store.Since(cut).Select(v => v.AnswerId));
        Assert.Equal(3, store.Since(cut.AddDays(-3)).Count);
        Assert.Empty(store.Since(_time.GetUtcNow().AddSeconds(1)));
    }

    [StoreFact]
    public void RecordReason_ThenReopen_ReasonPersists()
    {
        var storage = Open();
        var store = storage.Feedback(_time);
        store.Record("slack", "A1", "U1", helpful: false);
        store.RecordReason("slack", "A1", "U1", FeedbackReasons.DidntAnswer, null);

        Assert.Equal(FeedbackReasons.DidntAnswer, Assert.Single(Reopen(storage).Feedback(_time).Since(DateTimeOffset.MinValue)).Reason);
    }
}

public sealed class LiteDbFeedbackStoreContractTests : FeedbackStoreContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresCluster cluster) : FeedbackStoreContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
