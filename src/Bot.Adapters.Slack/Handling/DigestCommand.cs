using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
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
        var texts = context.Words;
        if (!subscriptions.IsEnabled)
        {
            return Task.FromResult(texts.DigestNotEnabledSlack);
        }

        var words = context.Arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        var rest = words.Skip(1).ToList();
        var reply = verb switch
        {
            "subscribe" => Subscribe(context, rest, texts),
            "unsubscribe" => Unsubscribe(context, rest, texts),
            "status" => Status(context, rest, texts),
            "preview" => Preview(context, texts),
            _ => texts.DigestUsageSlack(Command, DigestRules.DefaultTimeZone),
        };
        return Task.FromResult(reply);
    }

    private string Subscribe(SlackSubcommandContext context, List<string> args, AdminTexts texts)
    {
        if (!context.IsAdmin)
        {
            return texts.NotAdminSubscribeSlack(Command);
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
            return texts.UnknownChannel($"`{args[0]}`");
        }

        var label = Label(channel, name, context.ChannelId, texts);
        if (string.IsNullOrEmpty(channel))
        {
            return texts.WhichChannelSlack(Command);
        }

        if (args.Count == 0)
        {
            return texts.NeedsTime(DigestRules.TimeHint, Command);
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
                return texts.BadSection($"`{word}`", string.Join(", ", DigestSectionNames.All));
            }
        }

        var result = subscriptions.Subscribe(new SubscribeRequest(Platforms.Slack, context.TeamId, channel, args[0], zoneId, sectionNames));
        return result.Outcome switch
        {
            SubscribeOutcome.BadTime => texts.BadTime($"`{args[0]}`", DigestRules.TimeHint),
            SubscribeOutcome.BadZone => texts.BadZone($"`{result.Rejected}`", DigestRules.TimeZoneHint),
            SubscribeOutcome.BadSections => texts.BadSection($"`{result.Rejected}`", string.Join(", ", DigestSectionNames.All)),
            SubscribeOutcome.OtherWorkspace => texts.ChangeInOtherWorkspace(label),
            SubscribeOutcome.ConfiguredElsewhere => texts.ConfiguredChange(label),
            SubscribeOutcome.NotEnabled => texts.DigestNotEnabledSlack,
            _ => texts.Subscribed(label, result.Outcome == SubscribeOutcome.Saved, When(result.Subscription!) + SectionsNote(result.Subscription!.Sections, texts))
                + "\n" + texts.SlackInviteNote(Command),
        };
    }

    private string Unsubscribe(SlackSubcommandContext context, List<string> args, AdminTexts texts)
    {
        if (!context.IsAdmin)
        {
            return texts.NotAdminUnsubscribeSlack(Command);
        }

        var channel = context.ChannelId;
        string? name = null;
        if (args.Count > 0 && !TryParseChannel(args[0], out channel, out name))
        {
            return texts.UnknownChannel($"`{args[0]}`");
        }

        var label = Label(channel, name, context.ChannelId, texts);
        return subscriptions.Unsubscribe(Platforms.Slack, context.TeamId, channel) switch
        {
            UnsubscribeOutcome.Removed => texts.Removed(label),
            UnsubscribeOutcome.ConfiguredElsewhere => texts.ConfiguredRemove(label),
            UnsubscribeOutcome.OtherWorkspace => texts.RemoveInOtherWorkspace(label),
            UnsubscribeOutcome.NotEnabled => texts.DigestNotEnabledSlack,
            _ => texts.NotSubscribed(label),
        };
    }

    private string Status(SlackSubcommandContext context, List<string> args, AdminTexts texts)
    {
        var channel = context.ChannelId;
        string? name = null;
        if (args.Count > 0 && !TryParseChannel(args[0], out channel, out name))
        {
            return texts.UnknownChannel($"`{args[0]}`");
        }

        var label = Label(channel, name, context.ChannelId, texts);
        if (subscriptions.Status(Platforms.Slack, context.TeamId, channel) is not { } status)
        {
            return texts.DigestNotEnabledSlack;
        }

        if (status.Channel is not { } subscription)
        {
            var list = status.Workspace.Count == 0
                ? texts.NoChannelYet
                : texts.SubscribedList(string.Join(texts.ListSeparator, status.Workspace.Select(w =>
                    texts.StatusItem(Label(w.Subscription.Channel, null, null, texts), $"{Time(w.Subscription.Time)} {w.Subscription.TimeZone}"))));
            return texts.NotGetting(label, list);
        }

        var sb = new StringBuilder();
        sb.Append(texts.Gets(label, When(subscription), SectionsNote(subscription.Sections, texts), subscription.Origin == SubscriptionOrigin.Configuration)).Append('\n');
        if (subscription.Status == SubscriptionStatus.Failing)
        {
            sb.Append(texts.FailingSlack(subscription.LastError ?? texts.UnknownError)).Append('\n');
        }

        if (status.RecentDeliveries.Count == 0)
        {
            sb.Append(texts.NoDigestYet);
        }

        foreach (var d in status.RecentDeliveries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {d.LocalDate:yyyy-MM-dd}: {texts.State(d.State)}{(d.Error is null ? "" : $" ({d.Error})")}\n");
        }

        return sb.ToString().TrimEnd();
    }

    private string Preview(SlackSubcommandContext context, AdminTexts texts)
    {
        var digest = subscriptions.Preview(Platforms.Slack, context.TeamId, context.ChannelId).Digest;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{texts.PreviewSlack}\n**{digest.Title}**\n");
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
    private static string Label(string channel, string? name, string? current, AdminTexts texts) =>
        name is not null ? $"#{name}" : channel == current ? texts.ThisChannelStart : texts.ChannelIdStart(channel);

    private static string Time(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"**08:30 Asia/Seoul**".</summary>
    private static string When(DigestSubscription s) => $"**{Time(s.Time)} {s.TimeZone}**";

    private static string SectionsNote(DigestSections sections, AdminTexts texts) =>
        sections == DigestSections.All ? "" : texts.SectionsNote(string.Join(", ", DigestSectionNames.Names(sections)));

    [GeneratedRegex(@"^(?:<#(?<id>[CG][A-Z0-9]{2,})(?:\|(?<name>[^>]*))?>|(?<id>[CG][A-Z0-9]{2,}))$")]
    private static partial Regex ChannelPattern();
}
