namespace Bot.Core.Abstractions;

/// <summary>
/// The threads the bot takes part in (it answered in them, or started them), so a reply there continues the conversation without a
/// new mention. Entries expire; ids are the platform's (Slack: <c>team:channel:thread_ts</c>, Discord: the thread's channel id).
/// </summary>
public interface IFollowedThreads
{
    /// <param name="parentChannel">The channel the thread belongs to, whose settings apply inside it.</param>
    void Follow(string platform, string thread, string parentChannel, TimeSpan lifetime);

    /// <summary>The followed thread, or null when the bot is not in it (or no longer).</summary>
    FollowedThread? Find(string platform, string thread);
}

/// <summary>A thread the bot follows, and the channel it belongs to.</summary>
public sealed record FollowedThread(string Platform, string Thread, string ParentChannel);
