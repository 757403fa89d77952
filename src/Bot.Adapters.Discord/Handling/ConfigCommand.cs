using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Admin;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/config show [channel]</c> and <c>/config set setting value [channel]</c>: per-channel settings (<see cref="ChannelSettingsAdmin"/>)
/// for members with Manage Server — checked by the bot too, since a server can widen who sees the command. Replies are ephemeral.
/// </summary>
public sealed class ConfigCommand(ChannelSettingsAdmin settings, ILogger<ConfigCommand> logger)
{
    public const string GuildOnlyText = "/config works in a server, not in direct messages.";
    public const string NotAllowedText = "Only members with the Manage Server permission can change where and how I answer.";

    public MessagePayload Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return EmbedRenderer.Notice(GuildOnlyText);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        var values = (sub?.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToDictionary(o => o.Name, o => o.Value!.Trim(), StringComparer.Ordinal);
        var channel = values.GetValueOrDefault("channel") ?? interaction.ChannelId ?? "";
        switch (sub?.Name)
        {
            case "show":
                return EmbedRenderer.Notice(Describe(channel, settings.For(Platforms.Discord, guild, channel)));
            case "set":
                var result = settings.Set(new ConfigChange(Platforms.Discord, guild, channel, interaction.UserId ?? "unknown", interaction.CanManageGuild,
                    values.GetValueOrDefault("setting") ?? "", values.GetValueOrDefault("value") ?? ""));
                if (result.Outcome == ConfigOutcome.NotAdmin)
                {
                    logger.LogWarning("/config refused for user {User} in guild {Guild}: no Manage Server permission", interaction.UserId, guild);
                }
                else if (result.Outcome == ConfigOutcome.Saved)
                {
                    logger.LogInformation("/config: {Setting} = {Value} in channel {Channel} of guild {Guild} by {User}", result.Setting, result.Value, channel, guild, interaction.UserId);
                }

                return EmbedRenderer.Notice(result.Outcome switch
                {
                    ConfigOutcome.NotAdmin => NotAllowedText,
                    ConfigOutcome.UnknownSetting => $"\"{result.Setting}\" is not a setting. Choose from {string.Join(", ", ChannelSettingsAdmin.Names)}.",
                    ConfigOutcome.BadValue => $"\"{result.Value}\" is not a value of {result.Setting}: use {ChannelSettingsAdmin.Values[result.Setting!]}.",
                    _ => "Saved. " + Describe(channel, result.Settings),
                });
            default:
                return EmbedRenderer.Notice("Use /config show or /config set.");
        }
    }

    private static string Describe(string channel, EffectiveSettings here) =>
        $"Settings in <#{channel}>:\n" + string.Join('\n', ChannelSettingsAdmin.Describe(here).Select(line => "• " + line));
}
