using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log as a provider keeps it: batches for the write-behind queue, and reads for the CLI and tests.</summary>
public interface IQueryLogStore : IQueryLog
{
    /// <summary>Writes <paramref name="entries"/> in one operation; never throws (a failure drops them and is reported once per outage).</summary>
    void RecordMany(IReadOnlyList<QueryLogEntry> entries);

    /// <summary>The last <paramref name="count"/> entries recorded, newest first.</summary>
    IReadOnlyList<QueryLogEntry> Recent(int count);

    /// <summary>How many entries the log holds.</summary>
    int Count();
}
