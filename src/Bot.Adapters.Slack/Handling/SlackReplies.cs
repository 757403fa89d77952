namespace Bot.Adapters.Slack.Handling;

/// <summary>The adapter's own short replies, written once.</summary>
public static class SlackReplies
{
    public const string Failure = "Sorry, something went wrong while answering that. Please try again in a moment.";
    public const string Working = "Working on it…";
    public const string Busy = "I'm busy right now. Please try again in a minute.";
    public const string FeedbackThanks = "Thanks, your feedback is recorded.";
    public const string ShareExpired = "That answer is no longer available to share. Please ask again.";
    public const string AlreadyShared = "That answer has already been shared in the channel.";
    public const string DigestUnavailable = "The daily digest is not set up on this bot yet.";
    public const string NotInThisChannel = "The admins have limited the channels I answer in, and this is not one of them. Ask me in a direct message, or in a channel where I answer.";

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
