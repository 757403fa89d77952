using System.Text;
using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Support;

/// <summary>Reads back what a host run left in its LiteDB file, through the same repository the host writes with.</summary>
public static class QueryLogFile
{
    public static IReadOnlyList<QueryLogEntry> Entries(string databasePath)
    {
        var options = Options.Create(new StorageOptions { Path = databasePath });
        using var db = new LiteDbContext(options);
        var log = new LiteDbQueryLog(db, options, NullLogger<LiteDbQueryLog>.Instance);
        return log.Recent(log.Count());
    }

    /// <summary>Whether <paramref name="text"/> occurs, as UTF-8 (how BSON stores strings), in any file of the folder.</summary>
    public static bool AnyFileContains(TempFolder folder, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return folder.Files().Any(f => f.Bytes.AsSpan().IndexOf(needle) >= 0);
    }
}
