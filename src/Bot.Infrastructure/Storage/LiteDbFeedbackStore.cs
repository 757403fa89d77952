using Bot.Core.Abstractions;
using Bot.Core.Feedback;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>Feedback votes in LiteDB, next to the query log. Like the log, a write failure never fails the click that caused it.</summary>
public sealed class LiteDbFeedbackStore(LiteDbContext db, TimeProvider time, ILogger<LiteDbFeedbackStore> logger) : IFeedbackStore
{
    public void Record(string platform, string answerId, string userId, bool helpful)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        try
        {
            // Upsert on platform + answer + user: changing one's mind replaces the earlier vote instead of counting twice.
            // A repeated 👎 keeps the reason already given; a 👍 has none.
            var key = FeedbackDocument.KeyFor(platform, answerId, userId);
            var earlier = helpful ? null : db.Feedback.FindById(key);
            db.Feedback.Upsert(new FeedbackDocument
            {
                Key = key,
                Platform = platform,
                AnswerId = StorageKeys.Bound(answerId),
                UserId = userId,
                Helpful = helpful,
                Time = time.GetUtcNow().UtcDateTime,
                Reason = earlier is { Helpful: false } ? earlier.Reason : null,
                ReasonText = earlier is { Helpful: false } ? earlier.ReasonText : null,
            });
            db.Succeeded();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Feedback vote dropped ({Platform}): cannot write {Path}", platform, db.FullPath);
        }
    }

    public bool RecordReason(string platform, string answerId, string userId, string reason, string? text)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!FeedbackReasons.IsKnown(reason))
        {
            return false;
        }

        try
        {
            var vote = db.Feedback.FindById(FeedbackDocument.KeyFor(platform, answerId, userId));
            if (vote is not { Helpful: false })
            {
                return false;
            }

            vote.Reason = reason;
            vote.ReasonText = FeedbackReasons.CleanText(text);
            var updated = db.Feedback.Update(vote);
            db.Succeeded();
            return updated;
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Feedback reason dropped ({Platform}): cannot write {Path}", platform, db.FullPath);
            return false;
        }
    }

    public (int Helpful, int NotHelpful) Totals(string answerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        answerId = StorageKeys.Bound(answerId);
        try
        {
            var helpful = db.Feedback.Count(d => d.AnswerId == answerId && d.Helpful);
            var notHelpful = db.Feedback.Count(d => d.AnswerId == answerId && !d.Helpful);
            return (helpful, notHelpful);
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Feedback totals unavailable: cannot read {Path}", db.FullPath);
            return (0, 0);
        }
    }

    public IReadOnlyList<FeedbackRecord> Since(DateTimeOffset from)
    {
        var start = from.UtcDateTime;
        try
        {
            return [.. db.Feedback.Find(d => d.Time >= start).Select(d => d.ToRecord()).OrderBy(r => r.Time)];
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Feedback votes unavailable: cannot read {Path}", db.FullPath);
            return [];
        }
    }
}
