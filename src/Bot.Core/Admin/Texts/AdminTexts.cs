using Bot.Core.Abstractions;
using Bot.Core.Answers.Templates;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Admin.Texts;

/// <summary>
/// Every fixed string of the admin commands' replies (<c>/config</c>, <c>/digest</c>, <c>/knowledge reload</c> on Discord, their
/// <c>/jk</c> forms on Slack), of Discord's command-option errors and of the weekly curator report, in one language — the
/// counterpart of <see cref="AnswerTemplates"/> for what admins read. One instance per language, each in its own file
/// (<see cref="EnglishAdminTexts"/>, <see cref="KoreanAdminTexts"/>, <see cref="JapaneseAdminTexts"/>), shared by both adapters.
/// Setting names and values (<c>answer-in</c>, <c>on</c>), command words, time zones, file:line errors and user text stay as typed.
/// </summary>
public sealed class AdminTexts
{
    public static AdminTexts For(Lang lang) => lang switch
    {
        Lang.Ko => KoreanAdminTexts.Text,
        Lang.Ja => JapaneseAdminTexts.Text,
        _ => EnglishAdminTexts.Text,
    };

    /// <summary>
    /// The language of an admin reply: the words typed after the command when they decide one (Slack), else the first hint naming a
    /// language the bot speaks — Discord's interaction <c>locale</c>, then <c>guild_locale</c>, then the channel's default — else English.
    /// </summary>
    /// <remarks>Command words are Latin ("digest subscribe #news 08:00"), so only Korean or Japanese words (or a request) decide from the text.</remarks>
    public static AdminTexts Of(string? text, params string?[] hints)
    {
        var typed = AnswerLanguage.Detect(text ?? "");
        return For(typed.FromText && typed.Lang != Lang.En
            ? typed.Lang
            : hints.Select(Langs.FromLocale).FirstOrDefault(l => l is not null) ?? Lang.En);
    }

    public required Lang Lang { get; init; }

    // Shared.
    /// <summary>"/config works in a server, not in direct messages." (the command with its slash).</summary>
    public required Func<string, string> GuildOnly { get; init; }
    public required string ThisChannel { get; init; }
    /// <summary>A channel known only by its id, inside a sentence.</summary>
    public required Func<string, string> ChannelId { get; init; }
    /// <summary>The same at the start of a sentence (English capitalises it).</summary>
    public required string ThisChannelStart { get; init; }
    public required Func<string, string> ChannelIdStart { get; init; }

    // /config.
    public required string Saved { get; init; }
    public required Func<string, string> SettingsIn { get; init; }
    /// <summary>"this server or workspace: " (with its colon).</summary>
    public required string ScopeWorkspace { get; init; }
    public required string ScopeOnlyListed { get; init; }
    public required string ScopeEveryChannel { get; init; }
    public required string NotAnsweredHere { get; init; }
    public required string ConfigNotAllowedDiscord { get; init; }
    /// <summary>(command): a Slack user not in Slack:AdminUserIds.</summary>
    public required Func<string, string> ConfigNotAdminSlack { get; init; }
    /// <summary>(quoted setting).</summary>
    public required Func<string, string> UnknownSetting { get; init; }
    public required Func<string, string> ChooseFrom { get; init; }
    /// <summary>(quoted value, setting, its values).</summary>
    public required Func<string, string, string, string> BadValue { get; init; }
    public required string ConfigUsageDiscord { get; init; }
    /// <summary>(command, "answer-in all | listed; …").</summary>
    public required Func<string, string, string> ConfigUsageSlack { get; init; }

    // /digest.
    public required string DigestNotEnabledDiscord { get; init; }
    public required string DigestNotEnabledSlack { get; init; }
    public required string DigestUsageDiscord { get; init; }
    /// <summary>(command, default time zone).</summary>
    public required Func<string, string, string> DigestUsageSlack { get; init; }
    public required string DigestNeedsChannelDiscord { get; init; }
    public required string WhichChannelDiscord { get; init; }
    /// <summary>(command).</summary>
    public required Func<string, string> WhichChannelSlack { get; init; }
    /// <summary>(quoted text): a #name Slack sent without its id.</summary>
    public required Func<string, string> UnknownChannel { get; init; }
    /// <summary>(time hint, command).</summary>
    public required Func<string, string, string> NeedsTime { get; init; }
    /// <summary>(quoted value, hint).</summary>
    public required Func<string, string, string> BadTime { get; init; }
    public required Func<string, string, string> BadZone { get; init; }
    /// <summary>(quoted value, section names).</summary>
    public required Func<string, string, string> BadSection { get; init; }
    public required string OtherServer { get; init; }
    /// <summary>(label), Slack: the subscription was made in another workspace.</summary>
    public required Func<string, string> ChangeInOtherWorkspace { get; init; }
    public required Func<string, string> RemoveInOtherWorkspace { get; init; }
    /// <summary>(label): set in Digest:Subscriptions, not by command.</summary>
    public required Func<string, string> ConfiguredChange { get; init; }
    public required Func<string, string> ConfiguredRemove { get; init; }
    /// <summary>(label, new subscription?, when — "08:30 (Asia/Seoul)", already formatted).</summary>
    public required Func<string, bool, string, string> Subscribed { get; init; }
    public required string DiscordPermissionsNote { get; init; }
    /// <summary>(command).</summary>
    public required Func<string, string> SlackInviteNote { get; init; }
    /// <summary>(section names).</summary>
    public required Func<string, string> SectionsNote { get; init; }
    /// <summary>(command).</summary>
    public required Func<string, string> NotAdminSubscribeSlack { get; init; }
    public required Func<string, string> NotAdminUnsubscribeSlack { get; init; }
    public required Func<string, string> Removed { get; init; }
    public required Func<string, string> NoSubscriptionInServer { get; init; }
    public required Func<string, string> NotSubscribed { get; init; }
    public required string StatusNoneDiscord { get; init; }
    public required string StatusHeaderDiscord { get; init; }
    /// <summary>(label, when) in a status list.</summary>
    public required Func<string, string, string> StatusItem { get; init; }
    public required string ConfiguredTag { get; init; }
    /// <summary>(error).</summary>
    public required Func<string, string> FailingTag { get; init; }
    public required string LastPostRefused { get; init; }
    public required string NoDeliveryYet { get; init; }
    /// <summary>(date, state).</summary>
    public required Func<string, string, string> LastDelivery { get; init; }
    public required Func<DeliveryState, string> State { get; init; }
    /// <summary>(label, the workspace's list or <see cref="NoChannelYet"/>).</summary>
    public required Func<string, string, string> NotGetting { get; init; }
    public required string NoChannelYet { get; init; }
    /// <summary>(items).</summary>
    public required Func<string, string> SubscribedList { get; init; }
    public required string ListSeparator { get; init; }
    /// <summary>(label, when, sections note, set in configuration?).</summary>
    public required Func<string, string, string, bool, string> Gets { get; init; }
    /// <summary>(error).</summary>
    public required Func<string, string> FailingSlack { get; init; }
    public required string UnknownError { get; init; }
    public required string NoDigestYet { get; init; }
    /// <summary>(date, zone).</summary>
    public required Func<string, string, string> PreviewDiscord { get; init; }
    public required string PreviewSlack { get; init; }

    // /knowledge reload.
    public required string KnowledgeNotAllowedDiscord { get; init; }
    public required string KnowledgeUsageDiscord { get; init; }
    /// <summary>(command).</summary>
    public required Func<string, string> KnowledgeUsageSlack { get; init; }
    public required Func<string, string> ReloadNotAdminSlack { get; init; }
    public required string ReloadFailed { get; init; }
    public required string ReloadNotAvailable { get; init; }
    /// <summary>(what is serving): a new snapshot is live.</summary>
    public required Func<string, string> Reloaded { get; init; }
    public required Func<string, string> Unchanged { get; init; }
    /// <summary>(version, error count): the edit was rejected; file:line lines follow.</summary>
    public required Func<string, int, string> Kept { get; init; }
    public required Func<string, string> StillAnsweringFrom { get; init; }
    /// <summary>(how many more errors).</summary>
    public required Func<int, string> MoreErrors { get; init; }
    /// <summary>(counts, as-of date, version).</summary>
    public required Func<KnowledgeCounts, string, string, string> Serving { get; init; }
    public required string BuiltIn { get; init; }

    // Discord's command options (CommandMapper).
    /// <summary>(command name without slash).</summary>
    public required Func<string, string> UnknownCommand { get; init; }
    /// <summary>(command, option).</summary>
    public required Func<string, string, string> NoSuchOption { get; init; }
    /// <summary>(command, option, the option's description in this language).</summary>
    public required Func<string, string, string, string> NeedsOption { get; init; }
    public required Func<string, string> OptionTakesText { get; init; }
    public required Func<string, int, string> OptionTooLong { get; init; }
    public required Func<string, string> OptionTrueFalse { get; init; }
    public required Func<string, string> OptionWholeNumber { get; init; }
    public required Func<string, int, int, string> OptionRange { get; init; }
    public required string MessageWithoutText { get; init; }

    // The weekly curator report.
    /// <summary>(Monday's date).</summary>
    public required Func<string, string> ReportTitle { get; init; }
    public required string ReportTopGaps { get; init; }
    public required string ReportNoGaps { get; init; }
    /// <summary>(the closest held items).</summary>
    public required Func<string, string> ReportClosest { get; init; }
    public required string ReportFeedbackHeading { get; init; }
    /// <summary>(the question a comment was on).</summary>
    public required Func<string, string> ReportOnQuestion { get; init; }
}
