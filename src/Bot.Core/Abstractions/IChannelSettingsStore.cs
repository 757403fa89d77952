using Bot.Core.Admin;

namespace Bot.Core.Abstractions;

/// <summary>Per-channel (and per-workspace) settings admins make with /config and /jk config (LiteDB in Infrastructure).</summary>
public interface IChannelSettingsStore
{
    /// <summary>The row for <paramref name="channel"/> (or <see cref="ChannelSettings.WorkspaceRow"/>), or null when none was saved.</summary>
    ChannelSettings? Get(string platform, string workspace, string channel);

    /// <summary>Adds or replaces the row.</summary>
    void Save(ChannelSettings settings);
}
