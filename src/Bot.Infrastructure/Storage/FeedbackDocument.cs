namespace Bot.Infrastructure.Storage;

/// <summary>One user's vote on one answer. The key is platform + answer + user, so a second vote replaces the first.</summary>
internal sealed class FeedbackDocument
{
    /// <summary><c>{platform}|{answer id}|{user id}</c>.</summary>
    public string Key { get; set; } = "";

    public string Platform { get; set; } = "";
    public string AnswerId { get; set; } = "";
    public string UserId { get; set; } = "";
    public bool Helpful { get; set; }

    /// <summary>UTC time of the latest vote: BSON dates carry no offset.</summary>
    public DateTime Time { get; set; }

    /// <summary>Why a 👎 (a <see cref="Bot.Core.Feedback.FeedbackReasons"/> key); null for a 👍 or before the user said.</summary>
    public string? Reason { get; set; }

    /// <summary>The cleaned free text with the reason (≤ 300 characters).</summary>
    public string? ReasonText { get; set; }

    public static string KeyFor(string platform, string answerId, string userId) => StorageKeys.Bound($"{platform}|{answerId}|{userId}");

    public Bot.Core.Abstractions.FeedbackRecord ToRecord() => new(StoredTime.Read(Time), Platform, AnswerId, Helpful, Reason, ReasonText);
}
