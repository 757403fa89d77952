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
