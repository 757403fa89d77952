using Bot.Core.Digest;
using Bot.Core.Knowledge;
using LiteDB;

namespace Bot.Infrastructure.Storage;

/// <summary>How a <see cref="DigestSubscription"/> is stored, keyed by <c>{platform}:{channel}</c>.</summary>
internal sealed class DigestSubscriptionDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string Platform { get; set; } = "";
    public string Workspace { get; set; } = "";
    public string Channel { get; set; } = "";

    /// <summary>"HH:mm": a TimeOnly has no BSON type.</summary>
    public string Time { get; set; } = "";

    public string TimeZone { get; set; } = "";
    public List<string> Sections { get; set; } = [];

    /// <summary>"en", "ko", "ja", or null for the channel's default.</summary>
    public string? Language { get; set; }
    public string Origin { get; set; } = "";
    public string Status { get; set; } = "";
    public string? LastError { get; set; }

    /// <summary>UTC: BSON dates carry no offset.</summary>
    public DateTime? StatusChangedAt { get; set; }

    public DateTime? CreatedAt { get; set; }

    public static DigestSubscriptionDocument From(DigestSubscription s) => new()
    {
        Id = s.Id,
        Platform = s.Platform,
        Workspace = s.Workspace,
        Channel = s.Channel,
        Time = s.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = s.TimeZone,
        Sections = [.. DigestSectionNames.Names(s.Sections)],
        Language = s.Language?.Code(),
        Origin = s.Origin.ToString(),
        Status = s.Status.ToString(),
        LastError = s.LastError,
        StatusChangedAt = s.StatusChangedAt?.UtcDateTime,
        CreatedAt = s.CreatedAt?.UtcDateTime,
    };

    public DigestSubscription ToSubscription()
    {
        _ = DigestSectionNames.TryParseList(Sections, out var sections, out _);
        _ = DigestRules.TryParseTime(Time, out var time);
        return new DigestSubscription
        {
            Platform = Platform,
            Workspace = Workspace,
            Channel = Channel,
            Time = time,
            TimeZone = TimeZone,
            Sections = sections,
            Language = Langs.TryParse(Language, out var lang) ? lang : null,
            Origin = Enum.TryParse<SubscriptionOrigin>(Origin, out var origin) ? origin : SubscriptionOrigin.Command,
            Status = Enum.TryParse<SubscriptionStatus>(Status, out var status) ? status : SubscriptionStatus.Ok,
            LastError = LastError,
            StatusChangedAt = StoredTime.Read(StatusChangedAt),
            CreatedAt = StoredTime.Read(CreatedAt),
        };
    }
}

/// <summary>LiteDB hands dates back in local time; everything here speaks UTC.</summary>
internal static class StoredTime
{
    public static DateTimeOffset? Read(DateTime? stored) =>
        stored is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc), TimeSpan.Zero) : null;

    public static DateTimeOffset Read(DateTime stored) => Read((DateTime?)stored)!.Value;
}
