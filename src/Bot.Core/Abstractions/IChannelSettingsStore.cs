using Bot.Core.Admin;

namespace Bot.Core.Abstractions;

/// <summary>Per-channel (and per-workspace) settings admins make with /config and /jk config (LiteDB in Infrastructure).</summary>
public interface IChannelSettingsStore
{
    /// <summary>The row for <paramref name="channel"/> (or <see cref="ChannelSettings.WorkspaceRow"/>), or null when none was saved.</summary>
    ChannelSettings? Get(string platform, string workspace, string channel);

    /// <summary>Adds or replaces the row.</summary>
    void Save(ChannelSettings settings);

    /// <summary>
    /// The row of <paramref name="channel"/> in whichever workspace it was saved, for a reader that knows a channel but not its guild or
    /// team (the weekly curator report's Admin:ReportChannel). Null when none was saved — or when the store cannot look a channel up
    /// this way (the default; LiteDB, PostgreSQL and the in-memory store can).
    /// </summary>
    ChannelSettings? FindChannel(string platform, string channel) => null;
}
