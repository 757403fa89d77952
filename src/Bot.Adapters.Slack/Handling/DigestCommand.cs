using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Answers.Templates;
using Bot.Core.Digest;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// <c>/jk digest subscribe [#channel] HH:mm [Area/City] [sections…]</c>, <c>unsubscribe [#channel]</c>, <c>status</c>,
/// <c>preview</c>: parses the words and renders what <see cref="DigestSubscriptions"/> decided, with the same rules as configuration
/// and Discord (a channel's subscription stays with the team it was made in). Subscribing and unsubscribing are for the user ids in
/// Slack:AdminUserIds; every reply is ephemeral.
/// </summary>
public sealed partial class DigestCommand(DigestSubscriptions subscriptions, IOptions<SlackOptions> options) : ISlackSubcommand
{
    public string Name => "digest";

    private string Command => options.Value.Command;

    public Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken)
    {
        if (!subscriptions.IsEnabled)
        {
            return Task.FromResult(SlackReplies.DigestUnavailable);
        }

        var words = context.Arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        var rest = words.Skip(1).ToList();
        var reply = verb switch
        {
            "subscribe" => Subscribe(context, rest),
            "unsubscribe" => Unsubscribe(context, rest),
            "status" => Status(context, rest),
            "preview" => Preview(context),
            _ => Usage(),
        };
        return Task.FromResult(reply);
    }

    private string Usage() => $"""
        **Daily digest** — one post a day in a channel, at its local time
        • `{Command} digest subscribe #channel 08:00 Asia/Seoul` — admins only; the channel defaults to this one, the zone to {DigestRules.DefaultTimeZone}
        • `{Command} digest unsubscribe #channel` — admins only
        • `{Command} digest status` — this channel's subscription and its last deliveries
        • `{Command} digest preview` — today's digest, shown only to you
        """;

    private string NotAdmin(string what) =>
        $"Sorry, only the bot's Slack admins can {what} the daily digest. Ask one of them, or run `{Command} digest status` to see how this channel is set up.";

    private string Subscribe(SlackSubcommandContext context, List<string> args)
    {
        if (!context.IsAdmin)
        {
            return NotAdmin("subscribe a channel to");
        }

        var channel = context.ChannelId;
        string? name = null;
        if (args.Count > 0 && TryParseChannel(args[0], out var named, out name))
        {
            channel = named;
            args.RemoveAt(0);
        }
        else if (args.Count > 0 && args[0].StartsWith('#'))
        {
            return $"I can't tell which channel `{args[0]}` is: pick it from the list as you type `#` so Slack sends its id, or run the command in that channel without naming one.";
        }

        var label = Label(channel, name, context.ChannelId);
        if (string.IsNullOrEmpty(channel))
        {
            return $"Which channel? e.g. `{Command} digest subscribe #general 08:00 Asia/Seoul`.";
        }

        if (args.Count == 0)
        {
            return $"At what time? Give {DigestRules.TimeHint}, e.g. `{Command} digest subscribe #channel 08:00 Asia/Seoul`.";
        }

        // After the time come a zone and section names in any order: a word that is not a section is the zone.
        string? zoneId = null;
        var sectionNames = new List<string>();
        foreach (var word in args.Skip(1))
        {
            if (DigestSectionNames.TryParse(word, out _))
            {
                sectionNames.Add(word);
            }
            else if (zoneId is null)
            {
                zoneId = word;
            }
            else
            {
                return $"`{word}` is not a digest section: choose from {string.Join(", ", DigestSectionNames.All)}.";
            }
        }

        var result = subscriptions.Subscribe(new SubscribeRequest(Platforms.Slack, context.TeamId, channel, args[0], zoneId, sectionNames));
        return result.Outcome switch
        {
            SubscribeOutcome.BadTime => $"`{args[0]}` is not a time I understand: give {DigestRules.TimeHint}.",
            SubscribeOutcome.BadZone => $"`{result.Rejected}` is not a time zone I know: give {DigestRules.TimeZoneHint}.",
            SubscribeOutcome.BadSections => $"`{result.Rejected}` is not a digest section: choose from {string.Join(", ", DigestSectionNames.All)}.",
            SubscribeOutcome.OtherWorkspace => $"{label}'s digest was set up from another Slack workspace: change it there.",
            SubscribeOutcome.ConfiguredElsewhere => $"{label}'s digest is set in the bot's configuration (Digest:Subscriptions): change it there, not with a command.",
            SubscribeOutcome.NotEnabled => SlackReplies.DigestUnavailable,
            _ => $"""
                {label} {(result.Outcome == SubscribeOutcome.Saved ? "will get" : "now gets")} the daily digest at **{Time(result.Subscription!.Time)} {result.Subscription.TimeZone}**{SectionsNote(result.Subscription.Sections)}.
                Make sure the bot is in that channel (`/invite @bot`), or the post will be refused. `{Command} digest status` shows how it went.
                """,
        };
    }

    private string Unsubscribe(SlackSubcommandContext context, List<string> args)
    {
        if (!context.IsAdmin)
        {
            return NotAdmin("unsubscribe a channel from");
        }

        var channel = context.ChannelId;
        string? name = null;
        if (args.Count > 0 && !TryParseChannel(args[0], out channel, out name))
        {
            return $"I can't tell which channel `{args[0]}` is: pick it from the list as you type `#`, or run the command in that channel.";
        }

        var label = Label(channel, name, context.ChannelId);
        return subscriptions.Unsubscribe(Platforms.Slack, context.TeamId, channel) switch
        {
            UnsubscribeOutcome.Removed => $"{label} will no longer get the daily digest.",
            UnsubscribeOutcome.ConfiguredElsewhere => $"{label}'s digest is set in the bot's configuration (Digest:Subscriptions): remove it there.",
            UnsubscribeOutcome.OtherWorkspace => $"{label}'s digest was set up from another Slack workspace: remove it there.",
            UnsubscribeOutcome.NotEnabled => SlackReplies.DigestUnavailable,
            _ => $"{label} is not subscribed to the daily digest.",
        };
    }

    private string Status(SlackSubcommandContext context, List<string> args)
    {
        var channel = context.ChannelId;
        string? name = null;
        if (args.Count > 0 && !TryParseChannel(args[0], out channel, out name))
        {
            return $"I can't tell which channel `{args[0]}` is: pick it from the list as you type `#`.";
        }

        var label = Label(channel, name, context.ChannelId);
        if (subscriptions.Status(Platforms.Slack, context.TeamId, channel) is not { } status)
        {
            return SlackReplies.DigestUnavailable;
        }

        if (status.Channel is not { } subscription)
        {
            var list = status.Workspace.Count == 0
                ? "No channel here gets it yet."
                : "Subscribed: " + string.Join(", ", status.Workspace.Select(w => $"{Label(w.Subscription.Channel, null, null)} at {Time(w.Subscription.Time)} {w.Subscription.TimeZone}"));
            return $"{label} does not get the daily digest. {list}";
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{label} gets the daily digest at **{Time(subscription.Time)} {subscription.TimeZone}**{SectionsNote(subscription.Sections)}");
        sb.Append(subscription.Origin == SubscriptionOrigin.Configuration ? " (set in configuration).\n" : ".\n");
        if (subscription.Status == SubscriptionStatus.Failing)
        {
            sb.Append(CultureInfo.InvariantCulture, $"⚠ The last post was refused: {subscription.LastError ?? "unknown error"}. Check that the bot is in the channel (`/invite @bot`); it tries again at the next digest time.\n");
        }

        if (status.RecentDeliveries.Count == 0)
        {
            sb.Append("No digest posted yet.");
        }

        foreach (var d in status.RecentDeliveries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {d.LocalDate:yyyy-MM-dd}: {d.State.ToString().ToLowerInvariant()}{(d.Error is null ? "" : $" ({d.Error})")}\n");
        }

        return sb.ToString().TrimEnd();
    }

    private string Preview(SlackSubcommandContext context)
    {
        var digest = subscriptions.Preview(Platforms.Slack, context.TeamId, context.ChannelId).Digest;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"_Preview, only you can see this._\n**{digest.Title}**\n");
        foreach (var section in digest.Sections)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n**{section.Heading}**\n{section.Body}\n");
        }

        if (digest.Sections.Count == 0)
        {
            sb.Append('\n').Append(AnswerTemplates.For(digest.Lang).DigestEmpty);
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>A channel as Slack sends it in command text (<c>&lt;#C123|name&gt;</c>, <c>&lt;#C123&gt;</c>) or a bare id.</summary>
    internal static bool TryParseChannel(string text, out string channel, out string? name)
    {
        var match = ChannelPattern().Match(text);
        channel = match.Success ? match.Groups["id"].Value : "";
        name = match.Groups["name"].Success && match.Groups["name"].Length > 0 ? match.Groups["name"].Value : null;
        return match.Success;
    }

    /// <summary>How a reply names a channel: replies are escaped (no &lt;#C…&gt; links), so by name when Slack sent one.</summary>
    private static string Label(string channel, string? name, string? current) =>
        name is not null ? $"#{name}" : channel == current ? "This channel" : $"Channel {channel}";

    private static string Time(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string SectionsNote(DigestSections sections) =>
        sections == DigestSections.All ? "" : $" (sections: {string.Join(", ", DigestSectionNames.Names(sections))})";

    [GeneratedRegex(@"^(?:<#(?<id>[CG][A-Z0-9]{2,})(?:\|(?<name>[^>]*))?>|(?<id>[CG][A-Z0-9]{2,}))$")]
    private static partial Regex ChannelPattern();
}
