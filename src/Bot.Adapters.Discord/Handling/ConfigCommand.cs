using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/config show [channel]</c> and <c>/config set setting value [channel]</c>: per-channel settings (<see cref="ChannelSettingsAdmin"/>)
/// for members with Manage Server — checked by the bot too, since a server can widen who sees the command. Replies are ephemeral.
/// </summary>
public sealed class ConfigCommand(ChannelSettingsAdmin settings, ILogger<ConfigCommand> logger)
{
    public static string GuildOnlyText => EnglishAdminTexts.Text.GuildOnly("/config");
    public static string NotAllowedText => EnglishAdminTexts.Text.ConfigNotAllowedDiscord;

    public MessagePayload Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return EmbedRenderer.Notice(AdminTexts.Of(null, interaction.Locale, interaction.GuildLocale).GuildOnly("/config"));
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        var values = (sub?.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToDictionary(o => o.Name, o => o.Value!.Trim(), StringComparer.Ordinal);
        var channel = values.GetValueOrDefault("channel") ?? interaction.ChannelId ?? "";
        var words = Words(settings, interaction, guild);
        switch (sub?.Name)
        {
            case "show":
                return EmbedRenderer.Notice(Describe(channel, settings.For(Platforms.Discord, guild, channel), words));
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
                    ConfigOutcome.NotAdmin => words.ConfigNotAllowedDiscord,
                    ConfigOutcome.UnknownSetting => words.UnknownSetting($"\"{result.Setting}\"") + " " + words.ChooseFrom(string.Join(", ", ChannelSettingsAdmin.Names)),
                    ConfigOutcome.BadValue => words.BadValue($"\"{result.Value}\"", result.Setting!, ChannelSettingsAdmin.Values[result.Setting!]),
                    // After "/config set language ko" the confirmation is already in the new language when no locale says otherwise.
                    _ => Saved(Words(settings, interaction, guild), channel, result.Settings),
                });
            default:
                return EmbedRenderer.Notice(words.ConfigUsageDiscord);
        }
    }

    /// <summary>
    /// An admin reply's language on Discord: the admin's interaction <c>locale</c>, then the server's <c>guild_locale</c>, then the
    /// channel's default language (<c>/config language</c>), then English.
    /// </summary>
    internal static AdminTexts Words(ChannelSettingsAdmin settings, Interaction interaction, string? guild) =>
        AdminTexts.Of(null, interaction.Locale, interaction.GuildLocale,
            interaction.ChannelId is { } channel ? settings.For(Platforms.Discord, guild, channel).Language : null);

    private static string Saved(AdminTexts words, string channel, EffectiveSettings here) => words.Saved + " " + Describe(channel, here, words);

    private static string Describe(string channel, EffectiveSettings here, AdminTexts words) =>
        words.SettingsIn($"<#{channel}>") + "\n" + string.Join('\n', ChannelSettingsAdmin.Describe(here, words).Select(line => "• " + line));
}
