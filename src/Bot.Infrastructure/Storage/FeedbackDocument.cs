using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Storage;

/// <summary>How a <see cref="FeedbackVote"/> is stored. The key is answer + user, so a second vote replaces the first.</summary>
internal sealed class FeedbackDocument
{
    /// <summary><c>{platform}|{answer id}|{user id}</c>.</summary>
    public string Key { get; set; } = "";

    public string Platform { get; set; } = "";
    public string AnswerId { get; set; } = "";
    public string UserId { get; set; } = "";
    public bool Helpful { get; set; }

    /// <summary>UTC: BSON dates carry no offset.</summary>
    public DateTime Time { get; set; }

    public static string KeyFor(string platform, string answerId, string userId) => $"{platform}|{answerId}|{userId}";

    public static FeedbackDocument From(FeedbackVote vote) => new()
    {
        Key = KeyFor(vote.Platform, vote.AnswerId, vote.UserId),
        Platform = vote.Platform,
        AnswerId = vote.AnswerId,
        UserId = vote.UserId,
        Helpful = vote.Helpful,
        Time = vote.Time.UtcDateTime,
    };

    public FeedbackVote ToVote() => new(new DateTimeOffset(Time.ToUniversalTime(), TimeSpan.Zero), Platform, AnswerId, UserId, Helpful);
}
