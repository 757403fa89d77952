using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>The query log in PostgreSQL; recording never fails the answer it describes.</summary>
public sealed class PostgresQueryLog(PostgresDatabase db, IOptions<StorageOptions> options, ILogger<PostgresQueryLog> logger) : IQueryLogStore
{
    private const string Columns = "time, platform, question, intent, outcome, latency_ms, conversation_key, answer_id";

    public void Record(QueryLogEntry entry)
    {
        if (!RecordMany([entry]))
        {
            logger.LogDebug("Query log entry dropped ({Platform}, {Intent}): cannot write {Database}", entry.Platform, entry.Intent, db.Description);
        }
    }

    public bool RecordMany(IReadOnlyList<QueryLogEntry> entries)
    {
        var keep = options.Value.LogQuestionText;
        return db.Use(connection =>
        {
            connection.ExecuteBatch($"INSERT INTO query_log ({Columns}) VALUES (@t, @p, @q, @i, @o, @l, @c, @a)", entries, e => [
                ("t", e.Time.UtcDateTime), ("p", e.Platform), ("q", keep ? e.Question : null), ("i", e.Intent),
                ("o", e.Outcome), ("l", e.LatencyMs), ("c", e.ConversationKey), ("a", e.AnswerId)]);
            return true;
        }, () =>
        {
            logger.LogDebug("{Count} query log entries held until {Database} can be written again", entries.Count, db.Description);
            return false;
        }, refused: () => true);
    }

    public IReadOnlyList<QueryLogEntry> Recent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var connection = db.Open();
        return connection.Query($"SELECT {Columns} FROM query_log ORDER BY id DESC LIMIT @n", r => new QueryLogEntry(
            new DateTimeOffset(r.GetDateTime(0), TimeSpan.Zero), r.GetString(1), r.NullableString(2), r.GetString(3), r.GetString(4),
            r.GetDouble(5), r.NullableString(6), r.NullableString(7)), ("n", count));
    }

    public int Count()
    {
        using var connection = db.Open();
        return Convert.ToInt32(connection.Scalar("SELECT count(*) FROM query_log"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
