using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using LiteDB;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbBackupTests : IDisposable
{
    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    private static QueryLogEntry Entry(int i) => new(DateTimeOffset.UnixEpoch.AddMinutes(i), "cli", $"question {i}", "faq", "answer", 1.5);

    [Fact]
    public async Task BackupTo_WhileAnotherConnectionWrites_CopiesAConsistentReadableSnapshot()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        using var other = TempStorage.Open(options);
        var log = TempStorage.QueryLog(db, options);
        var otherLog = TempStorage.QueryLog(other, options);
        for (var i = 0; i < 200; i++)
        {
            log.Record(Entry(i));
        }

        var target = Path.Combine(_temp.Root, "backup", "copy.db");
        var writer = Task.Run(() =>
        {
            for (var i = 200; i < 400; i++)
            {
                otherLog.Record(Entry(i));
            }
        });
        var copied = db.BackupTo(target);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        using var copy = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Shared, ReadOnly = true });
        var rows = copy.GetCollection("query_log").Count();
        // Every collection is copied: the log's rows plus its daily sums and their marker.
        Assert.Equal(copied, copy.GetCollectionNames().Sum(name => copy.GetCollection(name).Count()));
        // The sums are of the same snapshot: they count exactly the copied entries (all on one day).
        var day = Assert.Single(copy.GetCollection(LiteDbQueryLog.DaysCollection).FindAll());
        Assert.Equal(rows, day["Counts"].AsArray.Sum(c => c["N"].AsInt32));
        Assert.InRange(rows, 200, 400);
        // A snapshot, not a torn read: the copied ids are exactly 1..rows.
        Assert.Equal(rows, copy.GetCollection("query_log").FindAll().Select(d => d["_id"].AsInt32).Max());
    }

    [Fact]
    public void BackupTo_ExistingFile_RefusesToOverwrite()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        var target = Path.Combine(_temp.Root, "exists.db");
        File.WriteAllText(target, "keep me");

        var ex = Assert.Throws<IOException>(() => db.BackupTo(target));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
    }
}
