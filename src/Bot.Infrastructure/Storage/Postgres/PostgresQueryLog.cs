using Bot.Core.Abstractions;
using Bot.Infrastructure.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// The query log in PostgreSQL; recording never fails the answer it describes. The curator report's daily sums are GROUP BY
/// queries over the time index (no rollup table): the same <see cref="DaySums"/> LiteDB keeps, for the exact period.
/// </summary>
public sealed class PostgresQueryLog(PostgresDatabase db, IOptions<StorageOptions> options, ILogger<PostgresQueryLog> logger) : IQueryLogStore, IQueryLogSums
{
    /// <summary>Questions only: admin events share the log and are not questions (as <see cref="DaySums.IsQuestion"/>).</summary>
    private const string InPeriod = "time >= @f AND time <= @t AND outcome <> 'admin' AND intent NOT LIKE 'admin%'";

    private const string Day = "date_trunc('day', time AT TIME ZONE 'UTC')";

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

    QueryLogSummary IQueryLogSums.Summarize(DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText)
    {
        using var connection = db.Open();
        var days = new SortedDictionary<DateOnly, DaySums>();
        DaySums DayAt(DateTime day)
        {
            var date = DateOnly.FromDateTime(day);
            if (!days.TryGetValue(date, out var sums))
            {
                days[date] = sums = new DaySums(date);
            }

            return sums;
        }

        (string, object?)[] period = [("f", from.UtcDateTime), ("t", to.UtcDateTime)];
        foreach (var (day, platform, outcome, intent, n) in connection.Query(
            $"SELECT {Day}, platform, outcome, intent, count(*) FROM query_log WHERE {InPeriod} GROUP BY 1, 2, 3, 4",
            r => (r.GetDateTime(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)), period))
        {
            DayAt(day).AddCount(platform, outcome, intent, (int)n);
        }

        // The same buckets as LatencyHistogram.Bucket: width_bucket counts the bounds at or below the value.
        foreach (var (day, bucket, n, max) in connection.Query(
            $"SELECT {Day}, width_bucket(latency_ms, @b), count(*), max(latency_ms) FROM query_log WHERE {InPeriod} GROUP BY 1, 2",
            r => (r.GetDateTime(0), r.GetInt32(1), r.GetInt64(2), r.GetDouble(3)), [.. period, ("b", LatencyHistogram.Bounds)]))
        {
            DayAt(day).AddLatency(bucket, n, max);
        }

        // Texts and gaps: one row per day and distinct (question, intent, outcome, topic, low confidence, voted down), added in
        // the order of their last asking, which is what adding the entries one by one gives (the last asking's fields win).
        var voted = votedDown.ToArray();
        var asked = connection.Query($"""
            SELECT {Day}, question, intent, outcome, topic, coalesce(confidence < @low, false), coalesce(answer_id = ANY(@v), false),
                count(*), max(time)
            FROM query_log
            WHERE {InPeriod} AND (question IS NOT NULL OR outcome IN ('decline', 'clarify') OR confidence < @low OR answer_id = ANY(@v))
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            """,
            r => (Day: r.GetDateTime(0), Question: r.NullableString(1), Intent: r.GetString(2), Outcome: r.GetString(3), Topic: r.NullableString(4),
                Low: r.GetBoolean(5), Voted: r.GetBoolean(6), Count: r.GetInt64(7), Last: new DateTimeOffset(r.GetDateTime(8), TimeSpan.Zero)),
            [.. period, ("low", CuratorReportBuilder.LowConfidenceBelow), ("v", voted)]);
        foreach (var row in asked.OrderBy(r => r.Last))
        {
            // Only "below the threshold or not" matters for a gap: 0 and 1 stand for the confidence.
            DayAt(row.Day).AddAsked(row.Last, row.Question, row.Intent, row.Outcome, row.Topic, row.Low ? 0 : 1, row.Voted, (int)row.Count);
        }

        var questions = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (voted.Length > 0)
        {
            foreach (var (answerId, question) in connection.Query(
                $"SELECT answer_id, question FROM query_log WHERE {InPeriod} AND answer_id = ANY(@v) ORDER BY time, id",
                r => (r.GetString(0), r.NullableString(1)), [.. period, ("v", voted)]))
            {
                questions[answerId] = keepText && !string.IsNullOrWhiteSpace(question) ? question : null;
            }
        }

        return new QueryLogSummary([.. days.Values], questions);
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
