using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbContextTests : IDisposable
{
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 22, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private static QueryLogEntry Entry(string question) =>
        new(new DateTimeOffset(2025, 6, 22, 1, 0, 0, TimeSpan.Zero), "slack", question, "Faq", "Answer", 2.5);

    [Fact]
    public void Constructor_TwoContextsOnSameFile_SeeEachOthersWrites()
    {
        var options = _temp.Options();
        using var first = TempStorage.Open(options);
        using var second = TempStorage.Open(options);
        var firstLog = TempStorage.QueryLog(first, options);
        var secondLog = TempStorage.QueryLog(second, options);

        firstLog.Record(Entry("what is GSOMIA?"));
        secondLog.Record(Entry("when was the 1965 treaty signed?"));
        TempStorage.Conversations(second, options, _time).Set("console", new ConversationState { Year = 1965 });

        Assert.Equal(2, firstLog.Count());
        Assert.Equal(2, secondLog.Count());
        Assert.Equal("when was the 1965 treaty signed?", firstLog.Recent(1)[0].Question);
        Assert.Equal(1965, TempStorage.Conversations(first, options, _time).Get("console")?.Year);
    }

    [Fact]
    public void Constructor_ReopenAfterDispose_KeepsData()
    {
        var options = _temp.Options();
        using (var db = TempStorage.Open(options))
        {
            TempStorage.QueryLog(db, options).Record(Entry("why do they argue about Dokdo?"));
            TempStorage.Conversations(db, options, _time).Set("console", new ConversationState { FaqId = "dokdo-takeshima" });
        }

        using var reopened = TempStorage.Open(options);

        Assert.Equal("why do they argue about Dokdo?", Assert.Single(TempStorage.QueryLog(reopened, options).Recent(5)).Question);
        Assert.Equal("dokdo-takeshima", TempStorage.Conversations(reopened, options, _time).Get("console")?.FaqId);
    }

    [Fact]
    public void Constructor_MissingParentDirectory_CreatesIt()
    {
        var options = _temp.Options();
        options.Path = Path.Combine(_temp.Root, "nested", "deeper", "bot.db");

        using var db = TempStorage.Open(options);

        Assert.True(File.Exists(options.Path));
        Assert.Equal(options.Path, db.FullPath);
    }

    [Fact]
    public void Constructor_UnwritablePath_ThrowsNamingStoragePath()
    {
        // A file where the parent directory should be: unwritable even for root, unlike chmod.
        Directory.CreateDirectory(_temp.Root);
        var blocker = Path.Combine(_temp.Root, "blocker");
        File.WriteAllText(blocker, "not a directory");
        var options = _temp.Options();
        options.Path = Path.Combine(blocker, "bot.db");

        var error = Assert.Throws<InvalidOperationException>(() => TempStorage.Open(options));

        Assert.Contains("Storage:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains(options.Path, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void IsWritable_HealthyFileThenBrokenFile_ReportsTrueThenFalse()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        var healthy = db.IsWritable();
        // Shared mode reopens the file per operation; a directory in its place breaks every later write.
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        Assert.True(healthy);
        Assert.False(db.IsWritable());
    }
}
