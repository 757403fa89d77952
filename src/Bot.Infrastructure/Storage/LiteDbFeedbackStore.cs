using Bot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>Feedback votes in LiteDB, next to the query log. Like the log, a write failure never fails the click that caused it.</summary>
public sealed class LiteDbFeedbackStore(LiteDbContext db, ILogger<LiteDbFeedbackStore> logger) : IFeedbackStore
{
    public void Record(FeedbackVote vote)
    {
        ArgumentException.ThrowIfNullOrEmpty(vote.AnswerId);
        ArgumentException.ThrowIfNullOrEmpty(vote.UserId);
        try
        {
            // Upsert on answer + user: changing one's mind replaces the earlier vote instead of counting twice.
            db.Feedback.Upsert(FeedbackDocument.From(vote));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Feedback vote dropped ({Platform}): cannot write {Path}", vote.Platform, db.FullPath);
        }
    }

    public IReadOnlyList<FeedbackVote> ForAnswer(string answerId) =>
        db.Feedback.Find(d => d.AnswerId == answerId).Select(d => d.ToVote()).ToList();
}
