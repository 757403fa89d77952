using Bot.Core.Abstractions;
using Bot.Core.Feedback;
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

    /// <summary>A vote copied from a LiteDB file, with its own time and reason; false when the database failed.</summary>
    internal bool Upsert(string platform, string answerId, string userId, bool helpful, DateTimeOffset at, string? reason = null, string? reasonText = null) =>
        db.Use(connection =>
        {
            // One row per platform + answer + user: changing one's mind replaces the earlier vote instead of counting twice.
            // A repeated 👎 keeps the reason already given (unless the copy brings one); a 👍 has none.
            connection.Execute("""
                INSERT INTO feedback (platform, answer_id, user_id, helpful, time, reason, reason_text) VALUES (@p, @a, @u, @h, @t, @r, @rt)
                ON CONFLICT (platform, answer_id, user_id) DO UPDATE SET helpful = EXCLUDED.helpful, time = EXCLUDED.time,
                    reason = CASE WHEN EXCLUDED.helpful OR feedback.helpful THEN EXCLUDED.reason ELSE COALESCE(EXCLUDED.reason, feedback.reason) END,
                    reason_text = CASE WHEN EXCLUDED.helpful OR feedback.helpful THEN EXCLUDED.reason_text
                        WHEN EXCLUDED.reason IS NOT NULL THEN EXCLUDED.reason_text ELSE feedback.reason_text END
                """, ("p", StorageKeys.Bound(platform)), ("a", StorageKeys.Bound(answerId)), ("u", StorageKeys.Bound(userId)),
                ("h", helpful), ("t", at.UtcDateTime), ("r", helpful ? null : reason), ("rt", helpful ? null : reasonText));
            return true;
        }, () => false);

    public bool RecordReason(string platform, string answerId, string userId, string reason, string? text)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!FeedbackReasons.IsKnown(reason))
        {
            return false;
        }

        return db.Use(connection => connection.Execute("""
            UPDATE feedback SET reason = @r, reason_text = @rt
            WHERE platform = @p AND answer_id = @a AND user_id = @u AND NOT helpful
            """, ("p", StorageKeys.Bound(platform)), ("a", StorageKeys.Bound(answerId)), ("u", StorageKeys.Bound(userId)),
            ("r", reason), ("rt", FeedbackReasons.CleanText(text))) == 1, () =>
        {
            logger.LogDebug("Feedback reason dropped ({Platform}): cannot write {Database}", platform, db.Description);
            return false;
        });
    }

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

    public IReadOnlyList<FeedbackRecord> Since(DateTimeOffset from) =>
        db.Use<IReadOnlyList<FeedbackRecord>>(connection => connection.Query(
            "SELECT time, platform, answer_id, helpful, reason, reason_text FROM feedback WHERE time >= @f ORDER BY time",
            r => new FeedbackRecord(new DateTimeOffset(r.GetDateTime(0), TimeSpan.Zero), r.GetString(1), r.GetString(2), r.GetBoolean(3),
                r.NullableString(4), r.NullableString(5)), ("f", from.UtcDateTime)), () =>
        {
            logger.LogDebug("Feedback votes unavailable: cannot read {Database}", db.Description);
            return [];
        });
}
