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
    public const string DigestUnavailable = "The daily digest is not set up on this bot yet.";
    public static string NotInThisChannel => EnglishTemplates.Text.NotInThisChannel;

    public static string UnknownCommand(string command) => $"I only answer `{command}`.";

    public static string Usage(string command) => $"""
        **Ask me about Japan–South Korea relations** (`{command}`)
        • `{command} <question>` — anything, e.g. `{command} what is GSOMIA?`
        • `{command} stats imports 2011` — a figure for a year or a range
        • `{command} timeline 2019` — what happened when
        • `{command} faq dokdo` — the big issues, with both governments' positions
        • `{command} about` — what I know and where it comes from
        • `{command} help` — this message
        • For admins: `{command} digest subscribe|unsubscribe|status|preview` — the daily digest here; `{command} reload` — re-read the knowledge files; `{command} config` — where and how I answer
        Or mention me in a channel: I answer in the thread, and replies in that thread keep the context (no new mention needed). Or message me directly.
        """;

    public static string SubcommandHint(string command, string subcommand) => subcommand switch
    {
        "stats" => $"Which figure? e.g. `{command} stats imports 2011` or `{command} stats visitors 2019-2024`.",
        "timeline" => $"Which period or event? e.g. `{command} timeline 2019` or `{command} timeline 1965 treaty`.",
        "faq" => $"Which topic? e.g. `{command} faq dokdo` or `{command} faq gsomia`.",
        _ => $"What would you like to know? e.g. `{command} ask when was the 1965 treaty signed?`",
    };
}
