using System.Globalization;
using System.Text;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Bot.Core.Digest;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/digest subscribe|unsubscribe|status|preview</c>: parses the options and renders what <see cref="DigestSubscriptions"/> decided;
/// every reply is ephemeral (it concerns the admin who asked). Discord enforces Manage Server through the command's
/// <c>default_member_permissions</c>; subscriptions are kept to the server they were made in.
/// </summary>
public sealed class DigestCommand(DigestSubscriptions subscriptions, ChannelSettingsAdmin settings)
{
    public static string NotEnabledText => EnglishAdminTexts.Text.DigestNotEnabledDiscord;
    public static string GuildOnlyText => EnglishAdminTexts.Text.GuildOnly("/digest");

    public MessagePayload Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return EmbedRenderer.Notice(AdminTexts.Of(null, interaction.Locale, interaction.GuildLocale).GuildOnly("/digest"));
        }

        var words = ConfigCommand.Words(settings, interaction, guild);
        if (!subscriptions.IsEnabled)
        {
            return EmbedRenderer.Notice(words.DigestNotEnabledDiscord);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        var values = (sub?.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToDictionary(o => o.Name, o => o.Value!.Trim(), StringComparer.Ordinal);
        return sub?.Name switch
        {
            "subscribe" => Subscribe(guild, values, words),
            "unsubscribe" => Unsubscribe(guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId, words),
            "status" => Status(guild, words),
            "preview" => Preview(guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId, words),
            _ => EmbedRenderer.Notice(words.DigestUsageDiscord),
        };
    }

    private MessagePayload Subscribe(string guild, Dictionary<string, string> values, AdminTexts words)
    {
        if (!values.TryGetValue("channel", out var channel))
        {
            return EmbedRenderer.Notice(words.DigestNeedsChannelDiscord);
        }

        var result = subscriptions.Subscribe(new SubscribeRequest(Platforms.Discord, guild, channel, values.GetValueOrDefault("time"), values.GetValueOrDefault("timezone")));
        return EmbedRenderer.Notice(result.Outcome switch
        {
            SubscribeOutcome.BadTime => words.BadTime($"\"{result.Rejected}\"", DigestRules.TimeHint),
            SubscribeOutcome.BadZone => words.BadZone($"\"{result.Rejected}\"", DigestRules.TimeZoneHint),
            SubscribeOutcome.OtherWorkspace => words.OtherServer,
            SubscribeOutcome.ConfiguredElsewhere => words.ConfiguredChange($"<#{channel}>"),
            SubscribeOutcome.NotEnabled => words.DigestNotEnabledDiscord,
            _ => words.Subscribed($"<#{channel}>", result.Outcome == SubscribeOutcome.Saved, When(result.Subscription!)) + " " + words.DiscordPermissionsNote,
        });
    }

    private MessagePayload Unsubscribe(string guild, string? channel, AdminTexts words)
    {
        if (channel is null)
        {
            return EmbedRenderer.Notice(words.WhichChannelDiscord);
        }

        return EmbedRenderer.Notice(subscriptions.Unsubscribe(Platforms.Discord, guild, channel) switch
        {
            UnsubscribeOutcome.Removed => words.Removed($"<#{channel}>"),
            UnsubscribeOutcome.ConfiguredElsewhere => words.ConfiguredRemove($"<#{channel}>"),
            UnsubscribeOutcome.NotEnabled => words.DigestNotEnabledDiscord,
            _ => words.NoSubscriptionInServer($"<#{channel}>"),
        });
    }

    private MessagePayload Status(string guild, AdminTexts words)
    {
        var mine = subscriptions.Status(Platforms.Discord, guild, null)?.Workspace ?? [];
        if (mine.Count == 0)
        {
            return EmbedRenderer.Notice(words.StatusNoneDiscord);
        }

        var text = new StringBuilder(words.StatusHeaderDiscord).Append('\n');
        foreach (var (s, last) in mine)
        {
            text.Append("• ").Append(words.StatusItem($"<#{s.Channel}>", When(s)));
            if (s.Origin == SubscriptionOrigin.Configuration)
            {
                text.Append(words.ConfiguredTag);
            }

            if (s.Status == SubscriptionStatus.Failing)
            {
                text.Append(words.FailingTag(s.LastError ?? words.LastPostRefused));
            }

            text.Append(last is null
                ? words.NoDeliveryYet
                : words.LastDelivery(last.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), words.State(last.State)));
            text.Append('\n');
        }

        return EmbedRenderer.Notice(text.ToString().TrimEnd());
    }

    private MessagePayload Preview(string guild, string? channel, AdminTexts words)
    {
        var preview = subscriptions.Preview(Platforms.Discord, guild, channel);
        return new MessagePayload
        {
            Content = DiscordText.Fit(words.PreviewDiscord(preview.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), preview.TimeZone), DiscordLimits.Content),
            Embeds = [EmbedRenderer.RenderEmbed(preview.Digest.ToAnswer())],
            Flags = MessagePayload.Ephemeral,
        };
    }

    /// <summary>"08:30 (Asia/Seoul)".</summary>
    private static string When(DigestSubscription s) => $"{s.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} ({s.TimeZone})";
}
