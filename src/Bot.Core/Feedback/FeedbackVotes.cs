using Bot.Core.Abstractions;

namespace Bot.Core.Feedback;

public enum VoteOutcome
{
    Recorded,

    /// <summary>The click carried no user: nothing to count it against.</summary>
    NoUser,

    /// <summary>Not an answer id the bot writes (empty, or longer than <see cref="FeedbackVotes.MaxIdLength"/>): a forged or garbled click.</summary>
    BadAnswer,
}

/// <summary>
/// 👍/👎 on an answer, for both platforms: one vote per user per answer, the last one wins. Ids are checked before they reach the
/// store, so a forged button value cannot become an oversized index key.
/// </summary>
public sealed class FeedbackVotes(IFeedbackStore store)
{
    /// <summary>Longer than any answer id or user id the platforms or the bot produce (Discord snowflakes, Slack ids, 32-hex answer ids).</summary>
    public const int MaxIdLength = 100;

    public VoteOutcome Record(string platform, string? answerId, string? userId, bool helpful)
    {
        if (string.IsNullOrEmpty(userId) || userId.Length > MaxIdLength)
        {
            return VoteOutcome.NoUser;
        }

        if (string.IsNullOrEmpty(answerId) || answerId.Length > MaxIdLength)
        {
            return VoteOutcome.BadAnswer;
        }

        store.Record(platform, answerId, userId, helpful);
        return VoteOutcome.Recorded;
    }
}
