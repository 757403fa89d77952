using Bot.Core.Admin;

namespace Bot.Infrastructure.Storage;

/// <summary>How <see cref="ChannelSettings"/> are stored; the key is <c>{platform}|{workspace}|{channel}</c> (bounded).</summary>
internal sealed class ChannelSettingsDocument
{
    public string Key { get; set; } = "";
    public string Platform { get; set; } = "";
    public string Workspace { get; set; } = "";
    public string Channel { get; set; } = "";
    public bool OnlyListed { get; set; }
    public bool Listed { get; set; }
    public bool ThreadFollowUps { get; set; } = true;
    public string Visibility { get; set; } = nameof(AnswerVisibility.Default);
    public string? Language { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? ChangedAt { get; set; }

    public string? ChangedBy { get; set; }

    public static string KeyFor(string platform, string workspace, string channel) => StorageKeys.Bound($"{platform}|{workspace}|{channel}");

    public static ChannelSettingsDocument From(ChannelSettings settings) => new()
    {
        Key = KeyFor(settings.Platform, settings.Workspace, settings.Channel),
        Platform = settings.Platform,
        Workspace = settings.Workspace,
        Channel = settings.Channel,
        OnlyListed = settings.OnlyListed,
        Listed = settings.Listed,
        ThreadFollowUps = settings.ThreadFollowUps,
        Visibility = settings.Visibility.ToString(),
        Language = settings.Language,
        ChangedAt = settings.ChangedAt?.UtcDateTime,
        ChangedBy = settings.ChangedBy,
    };

    public ChannelSettings ToSettings() => new()
    {
        Platform = Platform,
        Workspace = Workspace,
        Channel = Channel,
        OnlyListed = OnlyListed,
        Listed = Listed,
        ThreadFollowUps = ThreadFollowUps,
        Visibility = Enum.TryParse<AnswerVisibility>(Visibility, out var visibility) ? visibility : AnswerVisibility.Default,
        Language = Language,
        ChangedAt = ChangedAt is { } at ? new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero) : null,
        ChangedBy = ChangedBy,
    };
}
