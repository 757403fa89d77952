namespace Bot.Core.Abstractions;

/// <summary>Keeps 👍/👎 votes on answers: one vote per user per answer, the last one wins.</summary>
public interface IFeedbackStore
{
    void Record(FeedbackVote vote);

    /// <summary>The current votes on one answer (one per user).</summary>
    IReadOnlyList<FeedbackVote> ForAnswer(string answerId);
}

/// <summary>One user's vote on one answer. <see cref="AnswerId"/> is the platform's id for the answered question (a Discord interaction id).</summary>
public sealed record FeedbackVote(DateTimeOffset Time, string Platform, string AnswerId, string UserId, bool Helpful);
