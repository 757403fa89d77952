using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>Feedback votes in PostgreSQL. Like the log, a write failure never fails the click that caused it.</summary>
public sealed class PostgresFeedbackStore(PostgresDatabase db, TimeProvider time, ILogger<PostgresFeedbackStore> logger) : IFeedbackStore
{
    public void Record(string platform, string answerId, string userId, bool helpful)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!Upsert(platform, answerId, userId, helpful, time.GetUtcNow()))
        {
            logger.LogDebug("Feedback vote dropped ({Platform}): cannot write {Database}", platform, db.Description);
        }
    }

    /// <summary>A vote copied from a LiteDB file, with its own time; false when the database failed.</summary>
    internal bool Upsert(string platform, string answerId, string userId, bool helpful, DateTimeOffset at) =>
        db.Use(connection =>
        {
            // One row per platform + answer + user: changing one's mind replaces the earlier vote instead of counting twice.
            connection.Execute("""
                INSERT INTO feedback (platform, answer_id, user_id, helpful, time) VALUES (@p, @a, @u, @h, @t)
                ON CONFLICT (platform, answer_id, user_id) DO UPDATE SET helpful = EXCLUDED.helpful, time = EXCLUDED.time
                """, ("p", StorageKeys.Bound(platform)), ("a", StorageKeys.Bound(answerId)), ("u", StorageKeys.Bound(userId)),
                ("h", helpful), ("t", at.UtcDateTime));
            return true;
        }, () => false);

    public (int Helpful, int NotHelpful) Totals(string answerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        return db.Use(connection => connection.Query(
            "SELECT count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful) FROM feedback WHERE answer_id = @a",
            r => ((int)r.GetInt64(0), (int)r.GetInt64(1)), ("a", StorageKeys.Bound(answerId)))[0], () =>
        {
            logger.LogDebug("Feedback totals unavailable: cannot read {Database}", db.Description);
            return (0, 0);
        });
    }
}
