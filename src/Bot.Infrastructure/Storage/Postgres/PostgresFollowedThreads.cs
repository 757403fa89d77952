using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// The threads the bot follows, in PostgreSQL, so every replica (and a restarted one) knows where it was talking. While the
/// database fails, threads are followed in memory.
/// </summary>
public sealed class PostgresFollowedThreads(PostgresDatabase db, TimeProvider time, ILogger<PostgresFollowedThreads> logger) : IFollowedThreads
{
    private readonly InMemoryFollowedThreads _fallback = new(time);
    private int _follows;

    public void Follow(string platform, string thread, string parentChannel, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        _fallback.Follow(platform, thread, parentChannel, lifetime);
        var saved = db.Use(connection =>
        {
            if (Interlocked.Increment(ref _follows) % LiteDbFollowedThreads.PruneEvery == 0)
            {
                connection.Execute("DELETE FROM followed_threads WHERE until <= @now", ("now", now.UtcDateTime));
            }

            connection.Execute("""
                INSERT INTO followed_threads (key, parent_channel, until) VALUES (@k, @c, @u)
                ON CONFLICT (key) DO UPDATE SET parent_channel = EXCLUDED.parent_channel, until = EXCLUDED.until
                """, ("k", FollowedThreadDocument.KeyFor(platform, thread)), ("c", parentChannel), ("u", (now + lifetime).UtcDateTime));
            return true;
        }, () => false);
        if (!saved)
        {
            logger.LogDebug("Followed thread kept in memory only: cannot write {Database}", db.Description);
        }
    }

    public FollowedThread? Find(string platform, string thread) =>
        db.Use(connection => connection.Query("SELECT parent_channel FROM followed_threads WHERE key = @k AND until > @now",
                    r => new FollowedThread(platform, thread, r.GetString(0)),
                    ("k", FollowedThreadDocument.KeyFor(platform, thread)), ("now", time.GetUtcNow().UtcDateTime)).FirstOrDefault()
                ?? _fallback.Find(platform, thread),
            () =>
            {
                logger.LogDebug("Followed threads read from memory only: cannot read {Database}", db.Description);
                return _fallback.Find(platform, thread);
            });
}
