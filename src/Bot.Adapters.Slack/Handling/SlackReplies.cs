using Bot.Core.Admin.Texts;
using Bot.Core.Answers.Templates;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// The adapter's own short replies, written once. The ones an asker sees are template keys, in English here; the handlers give a
/// reader of Korean or Japanese theirs (<see cref="Common.Replies.AskerLanguage"/>).
/// </summary>
public static class SlackReplies
{
    public static string Failure => EnglishTemplates.Text.Failure;
    public static string Working => EnglishTemplates.Text.Working;
    public static string Busy => EnglishTemplates.Text.Busy;
    public static string FeedbackThanks => EnglishTemplates.Text.FeedbackThanks;
    public static string ShareExpired => EnglishTemplates.Text.ShareExpired;
    public static string AlreadyShared => EnglishTemplates.Text.AlreadyShared;
    public static string DigestUnavailable => EnglishAdminTexts.Text.DigestNotEnabledSlack;
    public static string NotInThisChannel => EnglishTemplates.Text.NotInThisChannel;

    public static string UnknownCommand(string command) => $"I only answer `{command}`.";
}
