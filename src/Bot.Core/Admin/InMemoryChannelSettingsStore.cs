using System.Collections.Concurrent;
using Bot.Core.Abstractions;

namespace Bot.Core.Admin;

/// <summary>Channel settings in memory: for runs without storage (they last until the process stops).</summary>
public sealed class InMemoryChannelSettingsStore : IChannelSettingsStore
{
    private readonly ConcurrentDictionary<(string, string, string), ChannelSettings> _rows = new();

    public ChannelSettings? Get(string platform, string workspace, string channel) => _rows.GetValueOrDefault((platform, workspace, channel));

    public void Save(ChannelSettings settings) => _rows[(settings.Platform, settings.Workspace, settings.Channel)] = settings;

    public ChannelSettings? FindChannel(string platform, string channel) =>
        _rows.Values.Where(r => r.Platform == platform && r.Channel == channel).OrderByDescending(r => r.ChangedAt).FirstOrDefault();
}
