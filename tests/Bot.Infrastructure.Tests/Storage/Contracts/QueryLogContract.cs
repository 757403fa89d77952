using Bot.Core.Abstractions;
using Bot.Infrastructure.Tests.Storage.Postgres;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

public abstract class QueryLogContract : StoreContract
{
    internal static QueryLogEntry Entry(string question = "korea's imports from japan in 2011?", int minute = 0) => new(
        new DateTimeOffset(2025, 6, 22, 10, minute, 0, TimeSpan.FromHours(9)),
        "discord",
        question,
        "Statistic",
        "Answer",
        1.25,
        "discord:123:456",
        "stat:imports-from-japan:2011",
        0.92,
        "series:imports-from-japan");

    [StoreFact]
    public void Record_ThenRecent_ReadsEveryFieldBack()
    {
        var log = Open().QueryLog();
        // Surrounding spaces prove nothing trims what users typed.
        var entry = Entry(question: "  Dokdo or Takeshima?  ");

        log.Record(entry);

        var read = Assert.Single(log.Recent(10));
        Assert.Equal(entry, read);
        Assert.Equal(entry.Time.UtcDateTime, read.Time.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, read.Time.Offset);
        Assert.Equal("  Dokdo or Takeshima?  ", read.Question);
        Assert.Equal(1, log.Count());
    }

    [StoreFact]
    public void Record_NullOptionalFields_ReadsNullsBack()
    {
        var log = Open().QueryLog();
        var entry = Entry() with { ConversationKey = null, AnswerId = null, Question = null, Confidence = null, Topic = null };

        log.Record(entry);

        Assert.Equal(entry, Assert.Single(log.Recent(1)));
    }

    [StoreFact]
    public void Record_LogQuestionTextFalse_ReadsNoQuestionBack()
    {
        var log = Open(logQuestionText: false).QueryLog();

        log.Record(Entry("what did the 1965 treaty settle?"));

        var read = Assert.Single(log.Recent(1));
        Assert.Null(read.Question);
        Assert.Equal("Statistic", read.Intent);
    }

    [StoreFact]
    public void Recent_MoreEntriesThanCount_ReturnsNewestFirst()
    {
        var log = Open().QueryLog();
        for (var i = 0; i < 5; i++)
        {
            log.Record(Entry($"question {i}", minute: i));
        }

        var recent = log.Recent(3);

        Assert.Equal(["question 4", "question 3", "question 2"], recent.Select(e => e.Question));
        Assert.Equal(5, log.Count());
        Assert.Empty(log.Recent(0));
    }

    [StoreFact]
    public void RecordMany_FromAnotherConnection_AllKeptInOrder()
    {
        var storage = Open();
        storage.QueryLog().RecordMany([Entry("first", 1), Entry("second", 2), Entry("third", 3)]);

        var other = Reopen(storage).QueryLog();

        Assert.Equal(["third", "second", "first"], other.Recent(10).Select(e => e.Question));
    }

    [StoreFact]
    public void Since_EntriesAroundTheStart_OnlyThoseAtOrAfterIt_OldestFirst()
    {
        var log = Open().QueryLog();
        var start = Entry(minute: 10).Time;
        log.RecordMany([Entry("late", 20), Entry("before", 9), Entry("at the start", 10)]);

        var read = log.Since(start).ToList();

        Assert.Equal(["at the start", "late"], read.Select(e => e.Question));
        Assert.Equal(Entry("late", 20), read[1]);
        Assert.Empty(log.Since(start.AddHours(1)));
    }

    [StoreFact]
    public void ForgetQuestionsBefore_OldAndNewEntries_OnlyOldTextRemoved_EntriesStay()
    {
        var log = Open().QueryLog();
        log.RecordMany([Entry("old one", 1), Entry("old two", 2), Entry("new", 30)]);

        var forgotten = log.ForgetQuestionsBefore(Entry(minute: 15).Time);

        Assert.Equal(2, forgotten);
        var all = log.Since(DateTimeOffset.UnixEpoch).ToList();
        Assert.Equal([null, null, "new"], all.Select(e => e.Question));
        Assert.All(all, e => Assert.Equal("Statistic", e.Intent));
        Assert.Equal(0, log.ForgetQuestionsBefore(Entry(minute: 15).Time));
        Assert.Equal(3, log.Count());
    }
}

public sealed class LiteDbQueryLogContractTests : QueryLogContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryLogTests(PostgresCluster cluster) : QueryLogContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
