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

    public IEnumerable<QueryLogEntry> Since(DateTimeOffset from)
    {
        var start = from.UtcDateTime;
        // Through the Time index, a document at a time: the cursor never holds the whole log.
        return db.QueryLog.Find(d => d.Time >= start).Select(d => d.ToEntry());
    }

    public int ForgetQuestionsBefore(DateTimeOffset cutoff)
    {
        var end = cutoff.UtcDateTime;
        var forgotten = 0;
        // In batches, so a first sweep over a year of questions neither holds them all nor one long write lock.
        while (true)
        {
            var batch = db.QueryLog.Query().Where(d => d.Time < end && d.Question != null).Limit(1000).ToList();
            if (batch.Count == 0)
            {
                return forgotten;
            }

            foreach (var d in batch)
            {
                d.Question = null;
            }

            forgotten += db.QueryLog.Update(batch);
        }
    }
}
