using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbFeedbackStoreTests : IDisposable
{
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private LiteDbFeedbackStore Store(LiteDbContext db, ListLogger<LiteDbFeedbackStore>? logger = null) =>
        new(db, _time, logger ?? new ListLogger<LiteDbFeedbackStore>());

    [Fact]
    public void Totals_NoVotes_ReturnsZeros()
    {
        using var db = TempStorage.Open(_temp.Options());

        Assert.Equal((0, 0), Store(db).Totals("Ev1"));
    }

    [Fact]
    public void Record_VotesFromSeveralUsers_CountsEach()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = Store(db);

        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U2", helpful: true);
        store.Record("slack", "Ev1", "U3", helpful: false);
        store.Record("slack", "Ev2", "U1", helpful: false);

        Assert.Equal((2, 1), store.Totals("Ev1"));
        Assert.Equal((0, 1), store.Totals("Ev2"));
    }

    [Fact]
    public void Record_SameUserVotesAgain_LastVoteWins()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = Store(db);

        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U1", helpful: true);
        store.Record("slack", "Ev1", "U1", helpful: false);

        Assert.Equal((0, 1), store.Totals("Ev1"));
    }

    [Fact]
    public void Record_SameUserIdOnTwoPlatforms_CountsAsTwoVoters()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = Store(db);

        store.Record("slack", "A1", "U1", helpful: true);
        store.Record("discord", "A1", "U1", helpful: true);

        Assert.Equal((2, 0), store.Totals("A1"));
    }

    [Fact]
    public void Record_ThenReopen_VotesPersist()
    {
        var options = _temp.Options();
        using (var db = TempStorage.Open(options))
        {
            Store(db).Record("slack", "Ev1", "U1", helpful: true);
        }

        using var reopened = TempStorage.Open(options);
        Assert.Equal((1, 0), Store(reopened).Totals("Ev1"));
    }

    [Fact]
    public void RecordAndTotals_DatabaseUnwritable_LogAndDoNotThrow()
    {
        using var db = TempStorage.Open(_temp.Options());
        var logger = new ListLogger<LiteDbFeedbackStore>();
        var store = Store(db, logger);
        // Shared mode reopens the file per operation; a directory in its place breaks every later call.
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        var thrown = Record.Exception(() => store.Record("slack", "Ev1", "U1", helpful: true));
        var totals = store.Totals("Ev1");

        Assert.Null(thrown);
        Assert.Equal((0, 0), totals);
        Assert.Contains(logger.Entries, e => e.Message.Contains("Feedback vote dropped", StringComparison.Ordinal));
    }
}
