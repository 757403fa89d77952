using Bot.Core.Abstractions;
using Bot.Core.Admin.Texts;

namespace Bot.Core.Admin;

/// <summary>
/// Per-channel settings, for both platforms: where the bot answers (everywhere, or only in listed channels), thread follow-ups, the
/// visibility of command answers and a default answer language. Admins change them (the adapter says who is one); every change is
/// recorded in the query log as an admin event. The adapters ask <see cref="For"/> before answering.
/// </summary>
public sealed class ChannelSettingsAdmin(IChannelSettingsStore store, TimeProvider time, IQueryLog? log = null)
{
    public const string AnswerIn = "answer-in";
    public const string Listed = "listed";
    public const string Threads = "threads";
    public const string Visibility = "visibility";
    public const string Language = "language";

    /// <summary>The intent an admin event carries in the query log.</summary>
    public const string AdminEventIntent = "admin.config";

    public static IReadOnlyList<string> Names { get; } = [AnswerIn, Listed, Threads, Visibility, Language];

    /// <summary>The values each setting takes, for help texts and Discord's choices.</summary>
    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AnswerIn] = "all | listed",
        [Listed] = "on | off",
        [Threads] = "on | off",
        [Visibility] = "default | public | private",
        [Language] = "auto | en | ko | ja",
    };

    private static readonly string[] Languages = ["en", "ko", "ja"];

    /// <summary>The settings in <paramref name="channel"/>; a DM (no workspace) always has the defaults: the bot answers there.</summary>
    public EffectiveSettings For(string platform, string? workspace, string channel) => Effective(store, platform, workspace, channel);

    /// <summary>The settings in <paramref name="channel"/> as <paramref name="store"/> holds them (for readers that change nothing, like the digest).</summary>
    public static EffectiveSettings Effective(IChannelSettingsStore store, string platform, string? workspace, string channel)
    {
        if (string.IsNullOrEmpty(workspace))
        {
            return EffectiveSettings.Defaults;
        }

        var all = store.Get(platform, workspace, ChannelSettings.WorkspaceRow);
        var here = store.Get(platform, workspace, channel);
        var onlyListed = all?.OnlyListed ?? false;
        var listed = here?.Listed ?? false;
        return new EffectiveSettings(
            !onlyListed || listed,
            onlyListed,
            listed,
            here?.ThreadFollowUps ?? true,
            here?.Visibility ?? AnswerVisibility.Default,
            here?.Language ?? all?.Language);
    }

    public ConfigResult Set(ConfigChange change)
    {
        var setting = change.Setting.Trim().ToLowerInvariant();
        var value = change.Value.Trim().ToLowerInvariant();
        if (!change.IsAdmin)
        {
            return new ConfigResult(ConfigOutcome.NotAdmin, For(change.Platform, change.Workspace, change.Channel), setting, value);
        }

        if (!Names.Contains(setting))
        {
            return new ConfigResult(ConfigOutcome.UnknownSetting, For(change.Platform, change.Workspace, change.Channel), setting, value);
        }

        var row = setting == AnswerIn ? ChannelSettings.WorkspaceRow : change.Channel;
        var current = store.Get(change.Platform, change.Workspace, row)
            ?? new ChannelSettings { Platform = change.Platform, Workspace = change.Workspace, Channel = row };
        ChannelSettings? updated = setting switch
        {
            AnswerIn => value switch { "all" => current with { OnlyListed = false }, "listed" => current with { OnlyListed = true }, _ => null },
            Listed => Switch(value) is { } on ? current with { Listed = on } : null,
            Threads => Switch(value) is { } on ? current with { ThreadFollowUps = on } : null,
            Visibility => Enum.TryParse<AnswerVisibility>(value, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(value, out _)
                ? current with { Visibility = v }
                : null,
            _ => value == "auto" ? current with { Language = null } : Languages.Contains(value) ? current with { Language = value } : null,
        };
        if (updated is null)
        {
            return new ConfigResult(ConfigOutcome.BadValue, For(change.Platform, change.Workspace, change.Channel), setting, value);
        }

        var now = time.GetUtcNow();
        store.Save(updated with { ChangedAt = now, ChangedBy = change.UserId });
        log?.Record(new QueryLogEntry(now, change.Platform, $"{setting} = {value} in {row} (workspace {change.Workspace}) by {change.UserId}",
            AdminEventIntent, "admin", 0, $"{change.Platform}:{change.Workspace}:{row}"));
        return new ConfigResult(ConfigOutcome.Saved, For(change.Platform, change.Workspace, change.Channel), setting, value);
    }

    /// <summary>"listed: on", "visibility: default"… one line per setting, as both platforms show them.</summary>
    /// <remarks>Setting names and values are what an admin types, so they stay as they are; the explanations are in <paramref name="words"/>' language (English by default).</remarks>
    public static IReadOnlyList<string> Describe(EffectiveSettings settings, AdminTexts? words = null)
    {
        words ??= EnglishAdminTexts.Text;
        return
        [
            $"{AnswerIn}: {(settings.OnlyListed ? "listed" : "all")} ({words.ScopeWorkspace}{(settings.OnlyListed ? words.ScopeOnlyListed : words.ScopeEveryChannel)})",
            $"{Listed}: {(settings.Listed ? "on" : "off")}{(settings.AnswersHere ? "" : words.NotAnsweredHere)}",
            $"{Threads}: {(settings.ThreadFollowUps ? "on" : "off")}",
            $"{Visibility}: {settings.Visibility.ToString().ToLowerInvariant()}",
            $"{Language}: {settings.Language ?? "auto"}",
        ];
    }

    private static bool? Switch(string value) => value switch
    {
        "on" or "yes" or "true" => true,
        "off" or "no" or "false" => false,
        _ => null,
    };
}
