using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log for the long-running server: entries are inserted in batches off the request path (see <see cref="WriteBehindQueue{T}"/>).</summary>
public sealed class WriteBehindQueryLog(IQueryLogStore store, ILogger<WriteBehindQueryLog> logger)
    : WriteBehindQueue<QueryLogEntry>(logger), IQueryLog
{
    public void Record(QueryLogEntry entry) => Enqueue(entry);

    protected override bool Write(IReadOnlyList<QueryLogEntry> batch) => store.RecordMany(batch);
}
