using System.Collections.Concurrent;
using Bot.Core.Abstractions;

namespace Bot.Core.Feedback;

public enum ReasonOutcome
{
    Recorded,

    /// <summary>No 👎 of this user on this answer any more (changed to 👍, or never stored): say so and invite a fresh 👎.</summary>
    VoteGone,

    /// <summary>Not something the bot wrote (unknown reason, malformed ids): treated like a vanished vote, never an error.</summary>
    Invalid,
}

/// <summary>
/// Why a 👎, for both platforms: the question is asked once per user per answer, and the answer is stored with the vote through
/// <see cref="IFeedbackStore.RecordReason"/>. "Once" is a delivery claim (so it holds across restarts and instances); a submit
/// that finds the vote gone re-opens the question on this instance, so that the "click 👎 again" it is told works.
/// </summary>
public sealed class ReasonPrompts(IFeedbackStore store, IDeliveryDeduplicator claims)
{
    /// <summary>How long "already asked" is remembered; votes are rarely revisited after that.</summary>
    public static readonly TimeSpan AskOnceFor = TimeSpan.FromDays(30);

    private const int MaxReopened = 10_000;

    private readonly ConcurrentDictionary<string, byte> _reopened = new(StringComparer.Ordinal);

    /// <summary>True the first time this user's 👎 on this answer should be followed by "why?"; false after that.</summary>
    public bool ShouldAsk(string platform, string answerId, string userId)
    {
        var key = Key(platform, answerId, userId);
        return _reopened.TryRemove(key, out _) || claims.TryClaim(key, AskOnceFor);
    }

    /// <summary>
    /// Stores <paramref name="reason"/> (one of <see cref="FeedbackReasons.All"/>) with the user's 👎; <paramref name="text"/> only
    /// for "other", cleaned by <see cref="FeedbackReasons.CleanText"/>.
    /// </summary>
    public ReasonOutcome Record(string platform, string? answerId, string? userId, string? reason, string? text)
    {
        if (string.IsNullOrEmpty(answerId) || answerId.Length > FeedbackVotes.MaxIdLength
            || string.IsNullOrEmpty(userId) || userId.Length > FeedbackVotes.MaxIdLength
            || !FeedbackReasons.IsKnown(reason))
        {
            return ReasonOutcome.Invalid;
        }

        var cleaned = reason == FeedbackReasons.Other ? FeedbackReasons.CleanText(text) : null;
        if (store.RecordReason(platform, answerId, userId, reason!, cleaned))
        {
            return ReasonOutcome.Recorded;
        }

        if (_reopened.Count >= MaxReopened)
        {
            _reopened.Clear();
        }

        _reopened[Key(platform, answerId, userId)] = 0;
        return ReasonOutcome.VoteGone;
    }

    private static string Key(string platform, string answerId, string userId) => $"fb:why:{platform}:{answerId}:{userId}";
}
