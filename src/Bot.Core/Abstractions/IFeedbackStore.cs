namespace Bot.Core.Abstractions;

/// <summary>Stores 👍/👎 votes on answers: one vote per user per answer, the last vote wins; a 👎 may carry a reason.</summary>
public interface IFeedbackStore
{
    /// <summary>Records a vote. A 👍 clears any reason an earlier 👎 of the same user had; a repeated 👎 keeps it.</summary>
    void Record(string platform, string answerId, string userId, bool helpful);

    (int Helpful, int NotHelpful) Totals(string answerId);

    /// <summary>
    /// Attaches why to this user's 👎 on this answer (<paramref name="reason"/> one of <see cref="Feedback.FeedbackReasons.All"/>;
    /// <paramref name="text"/> cleaned by <see cref="Feedback.FeedbackReasons.CleanText"/>), replacing an earlier reason. False, and
    /// nothing stored, when there is no such 👎 (no vote, or a 👍), the reason is not a known key, or the database failed.
    /// </summary>
    bool RecordReason(string platform, string answerId, string userId, string reason, string? text);

    /// <summary>Votes cast at or after <paramref name="from"/>, oldest first, without user ids (for the curator report).</summary>
    IReadOnlyList<FeedbackRecord> Since(DateTimeOffset from);
}

/// <summary>One vote as the report sees it: never who cast it.</summary>
public sealed record FeedbackRecord(DateTimeOffset Time, string Platform, string AnswerId, bool Helpful, string? Reason = null, string? Text = null);
