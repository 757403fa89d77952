using System.Text.Json;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>Slack request bodies as Slack sends them (protocols.md section E), with the fields a test varies.</summary>
public static class SlackPayloads
{
    public static string Mention(
        string eventId, string text, string channel = "C1", string user = "U123", string ts = "1764235800.000100", string? threadTs = null, string? botId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "event_callback",
            ["team_id"] = FakeSlackServer.TeamId,
            ["api_app_id"] = "A1",
            ["event"] = new Dictionary<string, object?>
            {
                ["type"] = "app_mention",
                ["user"] = user,
                ["text"] = text,
                ["ts"] = ts,
                ["channel"] = channel,
                ["event_ts"] = ts,
                ["thread_ts"] = threadTs,
                ["bot_id"] = botId,
            }.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            ["event_id"] = eventId,
            ["event_time"] = 1764235800,
            ["authorizations"] = new[] { new { team_id = FakeSlackServer.TeamId, user_id = FakeSlackServer.BotUserId, is_bot = true } },
        });

    /// <summary>
    /// A <c>message</c> event: a DM (<paramref name="channelType"/> "im"), or a message in a channel ("channel"), a reply in a thread when
    /// <paramref name="threadTs"/> is set. <paramref name="edited"/> adds Slack's <c>edited</c> object.
    /// </summary>
    public static string Message(
        string eventId, string text, string channel = "C1", string user = "U123", string ts = "1764235900.000100", string? threadTs = null,
        string channelType = "channel", string? subtype = null, string? botId = null, bool edited = false) =>
        Event(eventId, new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["subtype"] = subtype,
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["channel_type"] = channelType,
            ["event_ts"] = ts,
            ["thread_ts"] = threadTs,
            ["bot_id"] = botId,
            ["edited"] = edited ? new { user, ts = "1764239999.000000" } : null,
        });

    /// <summary>An <c>app_mention</c> that Slack re-sends after its author edited it: a new event id, the same <c>ts</c>, an <c>edited</c> object.</summary>
    public static string EditedMention(string eventId, string text, string ts, string channel = "C1", string user = "U123") =>
        Event(eventId, new Dictionary<string, object?>
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
            ["edited"] = new { user, ts = "1764239999.000000" },
        });

    private static string Event(string eventId, Dictionary<string, object?> inner) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "event_callback",
            ["team_id"] = FakeSlackServer.TeamId,
            ["api_app_id"] = "A1",
            ["event"] = inner.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            ["event_id"] = eventId,
            ["event_time"] = 1764235900,
            ["authorizations"] = new[] { new { team_id = FakeSlackServer.TeamId, user_id = FakeSlackServer.BotUserId, is_bot = true } },
        });

    public static Dictionary<string, string> Command(string text, string? responseUrl = null, string? triggerId = null, string command = "/jk") => new()
    {
        ["token"] = "ignored",
        ["team_id"] = FakeSlackServer.TeamId,
        ["team_domain"] = "test",
        ["channel_id"] = "C1",
        ["channel_name"] = "general",
        ["user_id"] = "U123",
        ["user_name"] = "someone",
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = "A1",
        ["response_url"] = responseUrl ?? "",
        ["trigger_id"] = triggerId ?? Guid.NewGuid().ToString("N"),
    };

    public static string BlockActions(string actionId, string value, string user = "U123", string? responseUrl = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "block_actions",
            ["team"] = new { id = FakeSlackServer.TeamId, domain = "test" },
            ["user"] = new { id = user, username = "someone" },
            ["api_app_id"] = "A1",
            ["container"] = new { type = "message", message_ts = "1764235800.000200", channel_id = "C1", is_ephemeral = true },
            ["channel"] = new { id = "C1", name = "general" },
            ["response_url"] = responseUrl,
            ["actions"] = new[] { new { action_id = actionId, block_id = "jk_actions", value, type = "button", action_ts = "1764235801.000000" } },
        });

    /// <summary>A choice in the "why?" static_select (block_actions with <c>selected_option</c>), with the trigger_id a modal needs.</summary>
    public static string ReasonSelect(string blockId, string reason, string user = "U123", string? responseUrl = null, string? triggerId = "13345224609.738474920.8088930838d88f008e0") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "block_actions",
            ["team"] = new { id = FakeSlackServer.TeamId, domain = "test" },
            ["user"] = new { id = user, username = "someone" },
            ["api_app_id"] = "A1",
            ["trigger_id"] = triggerId,
            ["container"] = new { type = "message", message_ts = "1764235800.000300", channel_id = "C1", is_ephemeral = true },
            ["channel"] = new { id = "C1", name = "general" },
            ["response_url"] = responseUrl,
            ["actions"] = new[]
            {
                new
                {
                    action_id = "jk_feedback_reason",
                    block_id = blockId,
                    type = "static_select",
                    selected_option = new { text = new { type = "plain_text", text = reason }, value = reason },
                    action_ts = "1764235802.000000",
                },
            },
        });

    /// <summary>A view_submission of the "why?" modal: its private_metadata as the bot set it, and the typed text.</summary>
    public static string ReasonSubmission(string privateMetadata, string text, string user = "U123", string callbackId = "jk_why_text") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "view_submission",
            ["team"] = new { id = FakeSlackServer.TeamId, domain = "test" },
            ["user"] = new { id = user, username = "someone" },
            ["api_app_id"] = "A1",
            ["view"] = new Dictionary<string, object?>
            {
                ["id"] = "V123",
                ["type"] = "modal",
                ["callback_id"] = callbackId,
                ["private_metadata"] = privateMetadata,
                ["state"] = new { values = new Dictionary<string, object> { ["jk_why_text"] = new Dictionary<string, object> { ["text"] = new { type = "plain_text_input", value = text } } } },
            },
        });
}
