using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>
/// The language a channel's digest is written in: the subscription's own (set in configuration), else the channel's default
/// answer language (<c>/config language</c>, the channel's row, then its server's or workspace's), else English. Nobody asked a
/// question, so there is no script to read: the channel's setting is the only sign of who reads it.
/// </summary>
public static class DigestLanguage
{
    public static Lang For(DigestSubscription? subscription, IChannelSettingsStore? settings, string platform, string workspace, string? channel) =>
        subscription?.Language
        ?? (settings is null || channel is null ? null : Langs.FromLocale(ChannelSettingsAdmin.Effective(settings, platform, workspace, channel).Language))
        ?? Lang.En;

    public static Lang For(DigestSubscription subscription, IChannelSettingsStore? settings) =>
        For(subscription, settings, subscription.Platform, subscription.Workspace, subscription.Channel);

    /// <summary>
    /// A channel known without its guild or team (Admin:ReportChannel): the default language saved for it in whichever workspace
    /// (<see cref="IChannelSettingsStore.FindChannel"/>), else its workspace's, else English.
    /// </summary>
    public static Lang ForChannel(IChannelSettingsStore? settings, string platform, string channel) =>
        settings?.FindChannel(platform, channel) is { } row
            ? Langs.FromLocale(ChannelSettingsAdmin.Effective(settings, platform, row.Workspace, channel).Language) ?? Lang.En
            : Lang.En;
}
