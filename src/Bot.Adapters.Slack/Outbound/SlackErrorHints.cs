namespace Bot.Adapters.Slack.Outbound;

/// <summary>What an operator should do about Slack's commonest error codes; the log line carries this next to the code.</summary>
internal static class SlackErrorHints
{
    public static string For(string error) => error switch
    {
        "not_in_channel" => "the bot is not a member of the channel: invite it there (/invite @bot)",
        "channel_not_found" => "the channel does not exist or the bot cannot see it",
        "is_archived" => "the channel is archived",
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "account_inactive" =>
            "the token was rejected: check Slack:BotToken / Slack:AppToken and that the app is still installed",
        "not_allowed_token_type" => "wrong kind of token: apps.connections.open needs the xapp- app token, other methods the xoxb- bot token",
        "missing_scope" => "the token lacks a scope (see 'needed'): add it under OAuth & Permissions and reinstall the app",
        "invalid_blocks" or "invalid_blocks_format" or "msg_blocks_too_long" => "the message broke a Block Kit rule: a rendering bug, please report it",
        "ratelimited" => "Slack's rate limit: the call was not retried",
        "already_reacted" => "the reaction was already there",
        "timeout" => "no response within Slack:RequestTimeout, after every retry",
        "network" => "Slack could not be reached, after every retry",
        _ when error.StartsWith("http_5", StringComparison.Ordinal) => "Slack answered with a server error, after every retry",
        _ when error.StartsWith("http_", StringComparison.Ordinal) => "Slack refused the request",
        _ => "see https://docs.slack.dev/reference/methods for the code",
    };
}
