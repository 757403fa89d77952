using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbFeedbackStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Record_SameUserVotesTwice_LastVoteWins()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = new LiteDbFeedbackStore(db, new ListLogger<LiteDbFeedbackStore>());

        store.Record(new FeedbackVote(Now, "discord", "1001", "u1", Helpful: true));
        store.Record(new FeedbackVote(Now.AddMinutes(1), "discord", "1001", "u1", Helpful: false));

        var vote = Assert.Single(store.ForAnswer("1001"));
        Assert.False(vote.Helpful);
        Assert.Equal(Now.AddMinutes(1), vote.Time);
    }

    [Fact]
    public void Record_TwoUsersOnOneAnswer_KeepsOneVoteEach()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = new LiteDbFeedbackStore(db, new ListLogger<LiteDbFeedbackStore>());

        store.Record(new FeedbackVote(Now, "discord", "1001", "u1", Helpful: true));
        store.Record(new FeedbackVote(Now, "discord", "1001", "u2", Helpful: false));
        store.Record(new FeedbackVote(Now, "discord", "2002", "u1", Helpful: true));

        Assert.Equal(["u1", "u2"], store.ForAnswer("1001").Select(v => v.UserId).Order());
        Assert.Single(store.ForAnswer("2002"));
    }

    [Fact]
    public void Record_ReopenedFile_VotesSurvive()
    {
        var options = _temp.Options();
        using (var db = TempStorage.Open(options))
        {
            new LiteDbFeedbackStore(db, new ListLogger<LiteDbFeedbackStore>()).Record(new FeedbackVote(Now, "discord", "1001", "u1", true));
        }

        using var reopened = TempStorage.Open(options);
        var vote = Assert.Single(new LiteDbFeedbackStore(reopened, new ListLogger<LiteDbFeedbackStore>()).ForAnswer("1001"));
        Assert.Equal(new FeedbackVote(Now, "discord", "1001", "u1", true), vote);
    }
}
