using System.Globalization;
using System.Text;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Digest;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/digest subscribe|unsubscribe|status|preview</c>: parses the options and renders what <see cref="DigestSubscriptions"/> decided;
/// every reply is ephemeral (it concerns the admin who asked). Discord enforces Manage Server through the command's
/// <c>default_member_permissions</c>; subscriptions are kept to the server they were made in.
/// </summary>
public sealed class DigestCommand(DigestSubscriptions subscriptions)
{
    public const string NotEnabledText = "The daily digest is not enabled on this bot (no storage is configured).";
    public const string GuildOnlyText = "/digest works in a server, not in direct messages.";

    public MessagePayload Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return EmbedRenderer.Notice(GuildOnlyText);
        }

        if (!subscriptions.IsEnabled)
        {
            return EmbedRenderer.Notice(NotEnabledText);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        var values = (sub?.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToDictionary(o => o.Name, o => o.Value!.Trim(), StringComparer.Ordinal);
        return sub?.Name switch
        {
            "subscribe" => Subscribe(guild, values),
            "unsubscribe" => Unsubscribe(guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId),
            "status" => Status(guild),
            "preview" => Preview(guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId),
            _ => EmbedRenderer.Notice("Use /digest subscribe, /digest unsubscribe, /digest status or /digest preview."),
        };
    }

    private MessagePayload Subscribe(string guild, Dictionary<string, string> values)
    {
        if (!values.TryGetValue("channel", out var channel))
        {
            return EmbedRenderer.Notice("/digest subscribe needs the channel to post in.");
        }

        var result = subscriptions.Subscribe(new SubscribeRequest(Platforms.Discord, guild, channel, values.GetValueOrDefault("time"), values.GetValueOrDefault("timezone")));
        return EmbedRenderer.Notice(result.Outcome switch
        {
            SubscribeOutcome.BadTime => $"\"{result.Rejected}\" is not a time I understand. Use {DigestRules.TimeHint}.",
            SubscribeOutcome.BadZone => $"\"{result.Rejected}\" is not a time zone I know. Use {DigestRules.TimeZoneHint}.",
            SubscribeOutcome.OtherWorkspace => "That channel belongs to another server.",
            SubscribeOutcome.ConfiguredElsewhere => $"<#{channel}> is subscribed in the bot's configuration (Digest:Subscriptions); change it there.",
            SubscribeOutcome.NotEnabled => NotEnabledText,
            _ =>
                $"<#{channel}> {(result.Outcome == SubscribeOutcome.Saved ? "will get" : "now gets")} the daily digest at " +
                $"{result.Subscription!.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} ({result.Subscription.TimeZone}). " +
                "The bot needs permission to view the channel, send messages, embed links and attach files there.",
        });
    }

    private MessagePayload Unsubscribe(string guild, string? channel)
    {
        if (channel is null)
        {
            return EmbedRenderer.Notice("Which channel? Pass channel:.");
        }

        return EmbedRenderer.Notice(subscriptions.Unsubscribe(Platforms.Discord, guild, channel) switch
        {
            UnsubscribeOutcome.Removed => $"<#{channel}> will no longer get the daily digest.",
            UnsubscribeOutcome.ConfiguredElsewhere => $"<#{channel}> is subscribed in the bot's configuration (Digest:Subscriptions); remove it there.",
            UnsubscribeOutcome.NotEnabled => NotEnabledText,
            _ => $"<#{channel}> has no digest subscription in this server.",
        });
    }

    private MessagePayload Status(string guild)
    {
        var mine = subscriptions.Status(Platforms.Discord, guild, null)?.Workspace ?? [];
        if (mine.Count == 0)
        {
            return EmbedRenderer.Notice("No channel in this server gets the daily digest. Add one with /digest subscribe.");
        }

        var text = new StringBuilder("Daily digest in this server:\n");
        foreach (var (s, last) in mine)
        {
            text.Append(CultureInfo.InvariantCulture, $"• <#{s.Channel}> at {s.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} ({s.TimeZone})");
            if (s.Origin == SubscriptionOrigin.Configuration)
            {
                text.Append(" [configured]");
            }

            if (s.Status == SubscriptionStatus.Failing)
            {
                text.Append(CultureInfo.InvariantCulture, $" — FAILING: {s.LastError ?? "the last post was refused"}");
            }

            text.Append(last is null
                ? " — no delivery yet"
                : string.Create(CultureInfo.InvariantCulture, $" — last: {last.LocalDate:yyyy-MM-dd} {last.State.ToString().ToLowerInvariant()}"));
            text.Append('\n');
        }

        return EmbedRenderer.Notice(text.ToString().TrimEnd());
    }

    private MessagePayload Preview(string guild, string? channel)
    {
        var preview = subscriptions.Preview(Platforms.Discord, guild, channel);
        return new MessagePayload
        {
            Content = DiscordText.Fit($"Preview for {preview.LocalDate:yyyy-MM-dd} ({preview.TimeZone}); only you see this. The posted digest also carries the statistic's chart.", DiscordLimits.Content),
            Embeds = [EmbedRenderer.RenderEmbed(preview.Digest.ToAnswer())],
            Flags = MessagePayload.Ephemeral,
        };
    }
}
