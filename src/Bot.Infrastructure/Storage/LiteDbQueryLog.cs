using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log in LiteDB; recording never fails the answer it describes.</summary>
public sealed class LiteDbQueryLog(LiteDbContext db, IOptions<StorageOptions> options, ILogger<LiteDbQueryLog> logger) : IQueryLog
{
    public void Record(QueryLogEntry entry)
    {
        try
        {
            db.QueryLog.Insert(QueryLogDocument.From(entry, options.Value.LogQuestionText));
            db.Succeeded();
        }
        catch (Exception ex)
        {
            // The user is waiting for an answer, not for our log: drop the entry and tell the operator (once per outage:
            // the context warns, this line is debug). The question text stays out so the privacy switch holds here too.
            db.Failed(ex);
            logger.LogDebug("Query log entry dropped ({Platform}, {Intent}): cannot write {Path}", entry.Platform, entry.Intent, db.FullPath);
        }
    }

    /// <summary>The last <paramref name="count"/> entries recorded, newest first.</summary>
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

    /// <summary>How many entries the log holds.</summary>
    public int Count() => db.QueryLog.Count();
}
