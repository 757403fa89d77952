using Bot.Core.Abstractions;
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
            db.Feedback.Upsert(new FeedbackDocument
            {
                Key = FeedbackDocument.KeyFor(platform, answerId, userId),
                Platform = platform,
                AnswerId = StorageKeys.Bound(answerId),
                UserId = userId,
                Helpful = helpful,
                Time = time.GetUtcNow().UtcDateTime,
            });
            db.Succeeded();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Feedback vote dropped ({Platform}): cannot write {Path}", platform, db.FullPath);
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
}
