using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbConversationStoreTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 22, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryFieldSet_CoversEverySettableProperty()
    {
        // Guards the round-trip test: a field added to ConversationState must be added here, and then to the document.
        var sample = Contracts.ConversationStoreContract.EveryFieldSet();
        var empty = new ConversationState();
        foreach (var property in typeof(ConversationState).GetProperties().Where(p => p.CanWrite))
        {
            Assert.False(Equals(property.GetValue(empty), property.GetValue(sample)) || property.GetValue(sample) is null,
                $"{property.Name} is not set in the sample");
        }
    }

    [Fact]
    public void GetAndSet_DatabaseUnwritable_OneWarningAndLoseOnlyTheContext()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        var logger = new ListLogger<LiteDbConversationStore>();
        var store = TempStorage.Conversations(db, options, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), logger);
        // Shared mode reopens the file per operation; a directory in its place breaks every later call.
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        var setThrown = Record.Exception(() => store.Set("c1", new ConversationState { Year = 2019 }));
        var state = store.Get("c1");

        Assert.Null(setThrown);
        Assert.Null(state);
        // Two failures, one outage: one warning (from the context), and the store's two debug lines.
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, Assert.Single(dbLogger.Entries).Level);
        Assert.Equal(2, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, e.Level));
    }
}
