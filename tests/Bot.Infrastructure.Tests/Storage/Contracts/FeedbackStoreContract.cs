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
