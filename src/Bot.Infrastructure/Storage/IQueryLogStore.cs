using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Storage;

/// <summary>The query log as a provider keeps it: batches for the write-behind queue, and reads for the CLI and tests.</summary>
public interface IQueryLogStore : IQueryLog
{
    /// <summary>
    /// Writes <paramref name="entries"/> in one operation; never throws. False when they were not written and may be offered
    /// again (PostgreSQL unavailable: the write-behind queue holds them); true when written, or dropped for good (LiteDB drops
    /// during an outage; a refused value is dropped), each reported once per outage.
    /// </summary>
    bool RecordMany(IReadOnlyList<QueryLogEntry> entries);

    /// <summary>The last <paramref name="count"/> entries recorded, newest first.</summary>
    IReadOnlyList<QueryLogEntry> Recent(int count);

    /// <summary>How many entries the log holds.</summary>
    int Count();

    /// <summary>
    /// Entries recorded at or after <paramref name="from"/>, oldest first, streamed from the database (the curator report reads a
    /// million entries without holding them); enumerate it once. Throws when the database cannot be read.
    /// </summary>
    IEnumerable<QueryLogEntry> Since(DateTimeOffset from);

    /// <summary>Removes the question text of entries older than <paramref name="cutoff"/> (counts, intents, outcomes stay); returns how many.</summary>
    int ForgetQuestionsBefore(DateTimeOffset cutoff);
}
