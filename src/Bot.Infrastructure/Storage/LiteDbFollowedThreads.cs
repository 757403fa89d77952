using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// The threads the bot follows, in LiteDB, so a restart does not forget where it was talking. A broken or locked file costs
/// restart-safety, not the feature: while the file fails, threads are followed in memory.
/// </summary>
public sealed class LiteDbFollowedThreads(LiteDbContext db, TimeProvider time, ILogger<LiteDbFollowedThreads> logger) : IFollowedThreads
{
    internal const string CollectionName = "followed_threads";

    /// <summary>Expired entries are deleted every this many follows.</summary>
    internal const int PruneEvery = 500;

    private readonly InMemoryFollowedThreads _fallback = new(time);
    private int _follows;

    public void Follow(string platform, string thread, string parentChannel, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        _fallback.Follow(platform, thread, parentChannel, lifetime);
        try
        {
            var threads = db.Collection<FollowedThreadDocument>(CollectionName);
            if (Interlocked.Increment(ref _follows) % PruneEvery == 0)
            {
                var cutoff = now.UtcDateTime;
                threads.DeleteMany(d => d.Until <= cutoff);
            }

            threads.Upsert(new FollowedThreadDocument
            {
                Key = FollowedThreadDocument.KeyFor(platform, thread),
                Platform = platform,
                Thread = thread,
                ParentChannel = parentChannel,
                Until = (now + lifetime).UtcDateTime,
            });
            db.Succeeded();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Followed thread kept in memory only: cannot write {Path}", db.FullPath);
        }
    }

    public FollowedThread? Find(string platform, string thread)
    {
        try
        {
            var document = db.Collection<FollowedThreadDocument>(CollectionName).FindById(FollowedThreadDocument.KeyFor(platform, thread));
            db.Succeeded();
            return document is not null && document.Until > time.GetUtcNow().UtcDateTime
                ? new FollowedThread(platform, thread, document.ParentChannel)
                : _fallback.Find(platform, thread);
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            logger.LogDebug("Followed threads read from memory only: cannot read {Path}", db.FullPath);
            return _fallback.Find(platform, thread);
        }
    }
}
