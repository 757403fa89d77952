using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log in LiteDB; recording never fails the answer it describes.</summary>
public sealed class LiteDbQueryLog(LiteDbContext db, IOptions<StorageOptions> options, ILogger<LiteDbQueryLog> logger) : IQueryLogStore
{
    public void Record(QueryLogEntry entry) => RecordMany([entry]);

    public bool RecordMany(IReadOnlyList<QueryLogEntry> entries)
    {
        try
        {
            var keep = options.Value.LogQuestionText;
            db.QueryLog.InsertBulk(entries.Select(e => QueryLogDocument.From(e, keep)));
            db.Succeeded();
        }
        catch (Exception ex)
        {
            // The user is waiting for an answer, not for our log: drop the entries and tell the operator (once per outage:
            // the context warns, this line is debug). The question text stays out so the privacy switch holds here too.
            db.Failed(ex);
            logger.LogDebug("{Count} query log entries dropped ({Platform}, {Intent}): cannot write {Path}",
                entries.Count, entries[0].Platform, entries[0].Intent, db.FullPath);
        }

        return true;
    }

    public IReadOnlyList<QueryLogEntry> Recent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return [];
        }

        return db.QueryLog.Query()
            .OrderByDescending(d => d.Id)
            .Limit(count)
            .ToList()
            .ConvertAll(d => d.ToEntry());
    }

    public int Count() => db.QueryLog.Count();
}
