using System.Globalization;
using Bot.Core.Knowledge;

namespace Bot.Core.Admin.Texts;

/// <summary>The admin replies in English (<see cref="AdminTexts"/>).</summary>
public static class EnglishAdminTexts
{
    public static AdminTexts Text { get; } = new()
    {
        Lang = Lang.En,
        GuildOnly = command => $"{command} works in a server, not in direct messages.",
        ThisChannel = "this channel",
        ChannelId = id => $"channel {id}",
        ThisChannelStart = "This channel",
        ChannelIdStart = id => $"Channel {id}",

        Saved = "Saved.",
        SettingsIn = label => $"Settings in {label}:",
        ScopeWorkspace = "this server or workspace: ",
        ScopeOnlyListed = "only listed channels",
        ScopeEveryChannel = "every channel",
        NotAnsweredHere = " — so I don't answer questions here",
        ConfigNotAllowedDiscord = "Only members with the Manage Server permission can change where and how I answer.",
        ConfigNotAdminSlack = command => $"Sorry, only the bot's Slack admins can change where and how I answer (Slack:AdminUserIds). `{command} config` shows the settings.",
        UnknownSetting = setting => $"{setting} is not a setting.",
        ChooseFrom = names => $"Choose from {names}.",
        BadValue = (value, setting, values) => $"{value} is not a value of {setting}: use {values}.",
        ConfigUsageDiscord = "Use /config show or /config set.",
        ConfigUsageSlack = (command, list) =>
            $"Use `{command} config [#channel]` to see the settings, or `{command} config <setting> <value> [#channel]` (admins) with: {list}.",

        DigestNotEnabledDiscord = "The daily digest is not enabled on this bot (no storage is configured).",
        DigestNotEnabledSlack = "The daily digest is not set up on this bot yet.",
        DigestUsageDiscord = "Use /digest subscribe, /digest unsubscribe, /digest status or /digest preview.",
        DigestUsageSlack = (command, zone) => $"""
            **Daily digest** — one post a day in a channel, at its local time
            • `{command} digest subscribe #channel 08:00 Asia/Seoul` — admins only; the channel defaults to this one, the zone to {zone}
            • `{command} digest unsubscribe #channel` — admins only
            • `{command} digest status` — this channel's subscription and its last deliveries
            • `{command} digest preview` — today's digest, shown only to you
            """,
        DigestNeedsChannelDiscord = "/digest subscribe needs the channel to post in.",
        WhichChannelDiscord = "Which channel? Pass channel:.",
        WhichChannelSlack = command => $"Which channel? e.g. `{command} digest subscribe #general 08:00 Asia/Seoul`.",
        UnknownChannel = text => $"I can't tell which channel {text} is: pick it from the list as you type `#` so Slack sends its id, or run the command in that channel without naming one.",
        NeedsTime = (hint, command) => $"At what time? Give {hint}, e.g. `{command} digest subscribe #channel 08:00 Asia/Seoul`.",
        BadTime = (value, hint) => $"{value} is not a time I understand: give {hint}.",
        BadZone = (value, hint) => $"{value} is not a time zone I know: give {hint}.",
        BadSection = (value, names) => $"{value} is not a digest section: choose from {names}.",
        OtherServer = "That channel belongs to another server.",
        ChangeInOtherWorkspace = label => $"{label}'s digest was set up from another Slack workspace: change it there.",
        RemoveInOtherWorkspace = label => $"{label}'s digest was set up from another Slack workspace: remove it there.",
        ConfiguredChange = label => $"{label}'s digest is set in the bot's configuration (Digest:Subscriptions): change it there, not with a command.",
        ConfiguredRemove = label => $"{label}'s digest is set in the bot's configuration (Digest:Subscriptions): remove it there.",
        Subscribed = (label, isNew, when) => $"{label} {(isNew ? "will get" : "now gets")} the daily digest at {when}.",
        DiscordPermissionsNote = "The bot needs permission to view the channel, send messages, embed links and attach files there.",
        SlackInviteNote = command => $"Make sure the bot is in that channel (`/invite @bot`), or the post will be refused. `{command} digest status` shows how it went.",
        SectionsNote = names => $" (sections: {names})",
        NotAdminSubscribeSlack = command => $"Sorry, only the bot's Slack admins can subscribe a channel to the daily digest. Ask one of them, or run `{command} digest status` to see how this channel is set up.",
        NotAdminUnsubscribeSlack = command => $"Sorry, only the bot's Slack admins can unsubscribe a channel from the daily digest. Ask one of them, or run `{command} digest status` to see how this channel is set up.",
        Removed = label => $"{label} will no longer get the daily digest.",
        NoSubscriptionInServer = label => $"{label} has no digest subscription in this server.",
        NotSubscribed = label => $"{label} is not subscribed to the daily digest.",
        StatusNoneDiscord = "No channel in this server gets the daily digest. Add one with /digest subscribe.",
        StatusHeaderDiscord = "Daily digest in this server:",
        StatusItem = (label, when) => $"{label} at {when}",
        ConfiguredTag = " [configured]",
        FailingTag = error => $" — FAILING: {error}",
        LastPostRefused = "the last post was refused",
        NoDeliveryYet = " — no delivery yet",
        LastDelivery = (date, state) => $" — last: {date} {state}",
        State = state => state.ToString().ToLowerInvariant(),
        NotGetting = (label, list) => $"{label} does not get the daily digest. {list}",
        NoChannelYet = "No channel here gets it yet.",
        SubscribedList = items => $"Subscribed: {items}",
        ListSeparator = ", ",
        Gets = (label, when, sections, configured) => $"{label} gets the daily digest at {when}{sections}{(configured ? " (set in configuration)." : ".")}",
        FailingSlack = error => $"⚠ The last post was refused: {error}. Check that the bot is in the channel (`/invite @bot`); it tries again at the next digest time.",
        UnknownError = "unknown error",
        NoDigestYet = "No digest posted yet.",
        PreviewDiscord = (date, zone) => $"Preview for {date} ({zone}); only you see this. The posted digest also carries the statistic's chart.",
        PreviewSlack = "_Preview, only you can see this._",

        KnowledgeNotAllowedDiscord = "Only members with the Manage Server permission can reload the knowledge base.",
        KnowledgeUsageDiscord = "Use /knowledge reload.",
        KnowledgeUsageSlack = command => $"Use `{command} reload` (or `{command} knowledge reload`) to re-read the knowledge files; admins only.",
        ReloadNotAdminSlack = command => $"Sorry, only the bot's Slack admins can reload the knowledge base (Slack:AdminUserIds). Ask one of them, or run `{command} about` to see how current it is.",
        ReloadFailed = "The reload failed unexpectedly; the current knowledge is still being served. The bot's log has the details.",
        ReloadNotAvailable = "This bot cannot reload its knowledge while running (it was started from a fixed snapshot).",
        Reloaded = serving => $"Reloaded: {serving}.",
        Unchanged = serving => $"Already up to date, nothing to reload: {serving}.",
        Kept = (version, errors) => string.Create(CultureInfo.InvariantCulture,
            $"Kept the current knowledge (version {version}): {errors} {(errors == 1 ? "error" : "errors")} in the edited files:"),
        StillAnsweringFrom = serving => $"Still answering from: {serving}.",
        MoreErrors = n => string.Create(CultureInfo.InvariantCulture, $"… and {n} more (run `knowledge validate`)."),
        Serving = (counts, asOf, version) => string.Create(CultureInfo.InvariantCulture, $"{counts}; as of {asOf} (version {version})"),
        BuiltIn = "built in",

        UnknownCommand = name => $"I don't know the command /{name}. Try /ask, /stats, /timeline, /faq or /about.",
        NoSuchOption = (command, option) => $"/{command} has no option \"{option}\".",
        NeedsOption = (command, option, description) => $"/{command} needs the \"{option}\" option: {description.ToLowerInvariant()}.",
        OptionTakesText = option => $"The \"{option}\" option takes text.",
        OptionTooLong = (option, max) => string.Create(CultureInfo.InvariantCulture, $"The \"{option}\" option is limited to {max} characters."),
        OptionTrueFalse = option => $"The \"{option}\" option is true or false.",
        OptionWholeNumber = option => $"The \"{option}\" option takes a whole number.",
        OptionRange = (option, min, max) => string.Create(CultureInfo.InvariantCulture, $"The \"{option}\" option must be between {min} and {max}."),
        MessageWithoutText = "That message has no text I can read. Pick a message with a question in it, or ask with /ask.",

        ReportTitle = date => $"Curator report — week to {date}",
        ReportTopGaps = "Top gaps",
        ReportNoGaps = "No gaps this week.",
        ReportClosest = items => $"; closest: {items}",
        ReportFeedbackHeading = "👎 reasons this week",
        ReportOnQuestion = question => $" (on: {question})",
    };
}
