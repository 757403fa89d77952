using System.Globalization;
using System.Text;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Microsoft.Extensions.DependencyInjection;
using Bot.Adapters.Discord.Inbound;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/digest subscribe|unsubscribe|status|preview</c>: every reply is ephemeral (it concerns the admin who asked). Discord
/// enforces Manage Server through the command's <c>default_member_permissions</c>; this checks the input with
/// <see cref="DigestRules"/>, keeps subscriptions to the server they were made in, and stores them through
/// <see cref="IDigestStore"/> (resolved when used, so a bot without storage still answers the other commands).
/// </summary>
public sealed class DigestCommand(IServiceProvider services, IKnowledgeProvider knowledge, TimeProvider time)
{
    public const string NotEnabledText = "The daily digest is not enabled on this bot (no storage is configured).";
    public const string GuildOnlyText = "/digest works in a server, not in direct messages.";

    public MessagePayload Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return EmbedRenderer.Notice(GuildOnlyText);
        }

        if (services.GetService<IDigestStore>() is not { } store)
        {
            return EmbedRenderer.Notice(NotEnabledText);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        var values = (sub?.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToDictionary(o => o.Name, o => o.Value!.Trim(), StringComparer.Ordinal);
        return sub?.Name switch
        {
            "subscribe" => Subscribe(store, guild, values),
            "unsubscribe" => Unsubscribe(store, guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId),
            "status" => Status(store, guild),
            "preview" => Preview(store, guild, values.GetValueOrDefault("channel") ?? interaction.ChannelId),
            _ => EmbedRenderer.Notice("Use /digest subscribe, /digest unsubscribe, /digest status or /digest preview."),
        };
    }

    private MessagePayload Subscribe(IDigestStore store, string guild, Dictionary<string, string> values)
    {
        if (!values.TryGetValue("channel", out var channel))
        {
            return EmbedRenderer.Notice("/digest subscribe needs the channel to post in.");
        }

        if (!DigestRules.TryParseTime(values.GetValueOrDefault("time"), out var at))
        {
            return EmbedRenderer.Notice($"\"{values.GetValueOrDefault("time")}\" is not a time I understand. Use {DigestRules.TimeHint}.");
        }

        var zoneId = values.GetValueOrDefault("timezone") ?? DigestRules.DefaultTimeZone;
        if (!DigestRules.TryFindTimeZone(zoneId, out _))
        {
            return EmbedRenderer.Notice($"\"{zoneId}\" is not a time zone I know. Use {DigestRules.TimeZoneHint}.");
        }

        var existing = store.Subscription(DigestPlatforms.Discord, channel);
        if (existing is not null && existing.Workspace.Length > 0 && existing.Workspace != guild)
        {
            return EmbedRenderer.Notice("That channel belongs to another server.");
        }

        if (existing?.Origin == SubscriptionOrigin.Configuration)
        {
            return EmbedRenderer.Notice($"<#{channel}> is subscribed in the bot's configuration (Digest:Subscriptions); change it there.");
        }

        var subscription = new DigestSubscription
        {
            Platform = DigestPlatforms.Discord,
            Workspace = guild,
            Channel = channel,
            Time = at,
            TimeZone = zoneId.Trim(),
            Sections = existing?.Sections ?? DigestSections.All,
            Origin = SubscriptionOrigin.Command,
            CreatedAt = time.GetUtcNow(),
        };
        store.Save(subscription);
        var verb = existing is null ? "will get" : "now gets";
        return EmbedRenderer.Notice(
            $"<#{channel}> {verb} the daily digest at {at.ToString("HH:mm", CultureInfo.InvariantCulture)} ({subscription.TimeZone}). " +
            "The bot needs permission to view the channel, send messages, embed links and attach files there.");
    }

    private static MessagePayload Unsubscribe(IDigestStore store, string guild, string? channel)
    {
        if (channel is null || store.Subscription(DigestPlatforms.Discord, channel) is not { } existing || (existing.Workspace.Length > 0 && existing.Workspace != guild))
        {
            return EmbedRenderer.Notice(channel is null ? "Which channel? Pass channel:." : $"<#{channel}> has no digest subscription in this server.");
        }

        if (existing.Origin == SubscriptionOrigin.Configuration)
        {
            return EmbedRenderer.Notice($"<#{channel}> is subscribed in the bot's configuration (Digest:Subscriptions); remove it there.");
        }

        store.Remove(DigestPlatforms.Discord, channel);
        return EmbedRenderer.Notice($"<#{channel}> will no longer get the daily digest.");
    }

    private static MessagePayload Status(IDigestStore store, string guild)
    {
        var mine = GuildSubscriptions(store, guild);
        if (mine.Count == 0)
        {
            return EmbedRenderer.Notice("No channel in this server gets the daily digest. Add one with /digest subscribe.");
        }

        var text = new StringBuilder("Daily digest in this server:\n");
        foreach (var s in mine)
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

            var last = store.RecentDeliveries(s.Id, 1).FirstOrDefault();
            text.Append(last is null
                ? " — no delivery yet"
                : string.Create(CultureInfo.InvariantCulture, $" — last: {last.LocalDate:yyyy-MM-dd} {last.State.ToString().ToLowerInvariant()}"));
            text.Append('\n');
        }

        return EmbedRenderer.Notice(text.ToString().TrimEnd());
    }

    private MessagePayload Preview(IDigestStore store, string guild, string? channel)
    {
        var mine = GuildSubscriptions(store, guild);
        var subscription = mine.FirstOrDefault(s => s.Channel == channel) ?? mine.FirstOrDefault();
        var zoneId = subscription?.TimeZone ?? DigestRules.DefaultTimeZone;
        var zone = DigestRules.TryFindTimeZone(zoneId, out var z) ? z : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var digest = DigestComposer.Compose(knowledge.Current, today, DigestContext.Empty with { Sections = subscription?.Sections ?? DigestSections.All });
        var embed = EmbedRenderer.RenderEmbed(digest.ToAnswer());
        return new MessagePayload
        {
            Content = DiscordText.Fit($"Preview for {today:yyyy-MM-dd} ({zoneId}); only you see this. The posted digest also carries the statistic's chart.", DiscordLimits.Content),
            Embeds = [embed],
            Flags = MessagePayload.Ephemeral,
        };
    }

    private static List<DigestSubscription> GuildSubscriptions(IDigestStore store, string guild) =>
        [.. store.Subscriptions().Where(s => s.Platform == DigestPlatforms.Discord && s.Workspace == guild).OrderBy(s => s.Channel, StringComparer.Ordinal)];
}
