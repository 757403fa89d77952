using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log for the long-running server: entries are inserted in batches off the request path (see <see cref="WriteBehindQueue{T}"/>).</summary>
public sealed class WriteBehindQueryLog(LiteDbContext db, IOptions<StorageOptions> options, ILogger<WriteBehindQueryLog> logger)
    : WriteBehindQueue<QueryLogEntry>(logger), IQueryLog
{
    public void Record(QueryLogEntry entry) => Enqueue(entry);

    protected override void Write(IReadOnlyList<QueryLogEntry> batch)
    {
        try
        {
            var keep = options.Value.LogQuestionText;
            db.QueryLog.InsertBulk(batch.Select(e => QueryLogDocument.From(e, keep)));
            db.Succeeded();
        }
        catch (Exception ex)
        {
            // As LiteDbQueryLog: drop, warn once per outage (the context does), leave the question text out.
            db.Failed(ex);
            logger.LogDebug("{Count} query log entries dropped: cannot write {Path}", batch.Count, db.FullPath);
        }
    }
}
