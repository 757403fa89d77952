namespace Bot.Core.Admin;

/// <summary>How command answers in a channel are shown: the platform's default (Discord public, Slack private), or forced.</summary>
public enum AnswerVisibility
{
    Default,
    Public,
    Private,
}

/// <summary>
/// What an admin set for one channel, or — in the row whose <see cref="Channel"/> is <see cref="WorkspaceRow"/> — for the whole guild
/// or team (where the bot answers). Unset means the default: answer everywhere, follow threads, the platform's visibility, auto language.
/// </summary>
public sealed record ChannelSettings
{
    public const string WorkspaceRow = "*";

    public required string Platform { get; init; }

    /// <summary>The Discord guild or Slack team.</summary>
    public required string Workspace { get; init; }

    public required string Channel { get; init; }

    /// <summary>Workspace row: answer only in listed channels (and DMs), not everywhere.</summary>
    public bool OnlyListed { get; init; }

    /// <summary>Channel row: on the allow-list.</summary>
    public bool Listed { get; init; }

    /// <summary>Channel row: replies in threads the bot answered in are answered without a new mention.</summary>
    public bool ThreadFollowUps { get; init; } = true;

    public AnswerVisibility Visibility { get; init; }

    /// <summary>A default answer language (<c>en</c>, <c>ko</c>, <c>ja</c>), for when answers can be given in one; null = the question's own.</summary>
    public string? Language { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public string? ChangedBy { get; init; }
}

/// <summary>The settings that apply in a channel, its own and its workspace's combined.</summary>
public sealed record EffectiveSettings(bool AnswersHere, bool OnlyListed, bool Listed, bool ThreadFollowUps, AnswerVisibility Visibility, string? Language)
{
    public static EffectiveSettings Defaults { get; } = new(true, false, false, true, AnswerVisibility.Default, null);
}

/// <summary>An admin's change: <see cref="Setting"/> is one of <see cref="ChannelSettingsAdmin.Names"/>.</summary>
public sealed record ConfigChange(string Platform, string Workspace, string Channel, string UserId, bool IsAdmin, string Setting, string Value);

public enum ConfigOutcome
{
    Saved,
    NotAdmin,
    UnknownSetting,
    BadValue,
}

/// <summary>What a change did (or why not), and the settings that apply in the channel afterwards.</summary>
public sealed record ConfigResult(ConfigOutcome Outcome, EffectiveSettings Settings, string? Setting = null, string? Value = null);
