using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>The query log in PostgreSQL; recording never fails the answer it describes.</summary>
public sealed class PostgresQueryLog(PostgresDatabase db, IOptions<StorageOptions> options, ILogger<PostgresQueryLog> logger) : IQueryLogStore
{
    private const string Columns = "time, platform, question, intent, outcome, latency_ms, conversation_key, answer_id, confidence, topic";

    public void Record(QueryLogEntry entry)
    {
        if (!RecordMany([entry]))
        {
            logger.LogDebug("Query log entry dropped ({Platform}, {Intent}): cannot write {Database}", entry.Platform, entry.Intent, db.Description);
        }
    }

    public bool RecordMany(IReadOnlyList<QueryLogEntry> entries) =>
        Insert(entries.Select(e => ((long?)null, e)).ToList(), () =>
        {
            logger.LogDebug("{Count} query log entries held until {Database} can be written again", entries.Count, db.Description);
            return false;
        });

    /// <summary>Entries copied from a LiteDB file, each once however often the copy runs (keyed by its LiteDB id); false when the database failed.</summary>
    internal bool Copy(IReadOnlyList<(long LiteDbId, QueryLogEntry Entry)> entries) =>
        Insert(entries.Select(e => ((long?)e.LiteDbId, e.Entry)).ToList(), () => false);

    /// <summary>
    /// One statement for the whole batch, whatever its size: the rows travel as one array per column and <c>unnest</c> turns
    /// them back into rows, so the server parses, plans and runs one INSERT per write-behind batch, not one per entry.
    /// </summary>
    private bool Insert(IReadOnlyList<(long? LiteDbId, QueryLogEntry Entry)> rows, Func<bool> unavailable)
    {
        if (rows.Count == 0)
        {
            return true;
        }

        var keep = options.Value.LogQuestionText;
        return db.Use(connection =>
        {
            using var command = new Npgsql.NpgsqlCommand($"""
                INSERT INTO query_log ({Columns}, litedb_id)
                SELECT * FROM unnest(@t::timestamptz[], @p::text[], @q::text[], @i::text[], @o::text[], @l::float8[], @c::text[],
                    @a::text[], @cf::float8[], @tp::text[], @lid::bigint[])
                ON CONFLICT (litedb_id) DO NOTHING
                """, connection);
            command.Parameters.Add(new Npgsql.NpgsqlParameter("t", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz)
            {
                Value = rows.Select(r => r.Entry.Time.UtcDateTime).ToArray(),
            });
            command.Parameters.AddWithValue("p", rows.Select(r => r.Entry.Platform).ToArray());
            command.Parameters.AddWithValue("q", rows.Select(r => keep ? r.Entry.Question : null).ToArray());
            command.Parameters.AddWithValue("i", rows.Select(r => r.Entry.Intent).ToArray());
            command.Parameters.AddWithValue("o", rows.Select(r => r.Entry.Outcome).ToArray());
            command.Parameters.AddWithValue("l", rows.Select(r => r.Entry.LatencyMs).ToArray());
            command.Parameters.AddWithValue("c", rows.Select(r => r.Entry.ConversationKey).ToArray());
            command.Parameters.AddWithValue("a", rows.Select(r => r.Entry.AnswerId).ToArray());
            command.Parameters.AddWithValue("cf", rows.Select(r => r.Entry.Confidence).ToArray());
            command.Parameters.AddWithValue("tp", rows.Select(r => r.Entry.Topic).ToArray());
            command.Parameters.AddWithValue("lid", rows.Select(r => r.LiteDbId).ToArray());
            command.ExecuteNonQuery();
            return true;
        }, unavailable, refused: () => true);
    }

    public IReadOnlyList<QueryLogEntry> Recent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var connection = db.Open();
        return connection.Query($"SELECT {Columns} FROM query_log ORDER BY id DESC LIMIT @n", Read, ("n", count));
    }

    public IEnumerable<QueryLogEntry> Since(DateTimeOffset from)
    {
        // One reader over the time index: rows arrive as the caller consumes them, never a list of the whole log.
        using var connection = db.Open();
        using var command = new Npgsql.NpgsqlCommand($"SELECT {Columns} FROM query_log WHERE time >= @f ORDER BY time, id", connection);
        command.Parameters.AddWithValue("f", from.UtcDateTime);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    public int ForgetQuestionsBefore(DateTimeOffset cutoff)
    {
        using var connection = db.Open();
        return connection.Execute("UPDATE query_log SET question = NULL WHERE time < @c AND question IS NOT NULL", ("c", cutoff.UtcDateTime));
    }

    private static QueryLogEntry Read(Npgsql.NpgsqlDataReader r) => new(
        new DateTimeOffset(r.GetDateTime(0), TimeSpan.Zero), r.GetString(1), r.NullableString(2), r.GetString(3), r.GetString(4),
        r.GetDouble(5), r.NullableString(6), r.NullableString(7), r.IsDBNull(8) ? null : r.GetDouble(8), r.NullableString(9));

    public int Count()
    {
        using var connection = db.Open();
        return Convert.ToInt32(connection.Scalar("SELECT count(*) FROM query_log"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
