using System.Collections.Concurrent;
using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Adapters.Common.Replies;

/// <summary>
/// One "one moment, try again in N s" per person, not one per message: someone flooding the bot's DMs (or a thread) gets one polite
/// reply for the whole burst, and the rest of their throttled messages get none. Every other answer always goes out.
/// </summary>
public sealed class ThrottleNotices(TimeProvider time)
{
    /// <summary>After this long a person who is still over the limit is told again.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);

    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Platform, string User), DateTimeOffset> _told = new();

    /// <summary>False for a throttle notice this person was already given within <see cref="Quiet"/>: say nothing.</summary>
    public bool ShouldSend(Answer answer, string platform, string? user)
    {
        if (answer.Intent != IntentNames.RateLimited || user is null)
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (_told.Count > PruneAbove)
        {
            foreach (var (told, at) in _told)
            {
                if (now - at >= Quiet)
                {
                    _told.TryRemove(told, out _);
                }
            }
        }

        var key = (platform, user);
        while (true)
        {
            if (_told.TryGetValue(key, out var last))
            {
                if (now - last < Quiet)
                {
                    return false;
                }

                if (_told.TryUpdate(key, now, last))
                {
                    return true;
                }
            }
            else if (_told.TryAdd(key, now))
            {
                return true;
            }
        }
    }
}
