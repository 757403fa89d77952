using System.Text.Json;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>Which event delivered a message: an <c>app_mention</c>, or a plain <c>message</c> (a DM, or a reply in a channel's thread).</summary>
public enum SlackMessageKind
{
    Mention,
    Message,
}

/// <summary>The parts of an <c>event_callback</c> carrying a person's message (<c>app_mention</c> or <c>message</c>) that the bot needs.</summary>
public sealed record SlackMessageEvent(
    string EventId,
    string TeamId,
    string Channel,
    string ChannelType,
    string User,
    string Text,
    string Ts,
    string? ThreadTs,
    SlackMessageKind Kind,
    bool Edited)
{
    /// <summary>The longest id or timestamp Slack sends is a few dozen characters; anything longer is not from Slack and never reaches storage.</summary>
    internal const int MaxIdLength = 100;

    // Subtypes that are still a person writing; every other one (edits, deletions, joins, topics, bots…) is not a question.
    private static readonly HashSet<string> PersonSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share" };

    /// <summary>A direct message to the bot (its Messages tab).</summary>
    public bool IsDirect => ChannelType == "im";

    /// <summary>A reply inside a thread (not the thread's first message).</summary>
    public bool IsThreadReply => ThreadTs is not null && ThreadTs != Ts;

    /// <summary>
    /// Where the answer goes: the thread it was asked in; a new thread under a mention in a channel; a DM outside a thread is answered
    /// in the DM itself (null).
    /// </summary>
    public string? ReplyThreadTs => ThreadTs ?? (IsDirect ? null : Ts);

    /// <summary>Follow-ups in one thread (or one DM) share context; different threads never do.</summary>
    public string ConversationKey => ReplyThreadTs is { } thread ? $"slack:{TeamId}:{Channel}:{thread}" : $"slack:{TeamId}:{Channel}";

    /// <summary>The thread as the bot follows it, or null for a DM's top level.</summary>
    public string? ThreadKey => ReplyThreadTs is { } thread ? $"{TeamId}:{Channel}:{thread}" : null;

    /// <summary>
    /// The message itself, whichever event brought it: an edit is re-sent as a new <c>app_mention</c> with a new event id but the same
    /// <c>ts</c>, and a mention in a followed thread arrives as both an <c>app_mention</c> and a <c>message</c>. One answer per key.
    /// </summary>
    public string MessageKey => $"slack:message:{TeamId}:{Channel}:{Ts}";

    /// <summary>Null with a reason when the callback is not a person's message (another event type, a bot, an edit notice, malformed).</summary>
    public static SlackMessageEvent? TryParse(JsonElement callback, out string ignoredBecause)
    {
        ignoredBecause = "";
        if (callback.ValueKind != JsonValueKind.Object || !callback.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            ignoredBecause = "no event object";
            return null;
        }

        var type = Str(e, "type");
        SlackMessageKind kind;
        switch (type)
        {
            case "app_mention":
                kind = SlackMessageKind.Mention;
                break;
            case "message":
                kind = SlackMessageKind.Message;
                break;
            default:
                ignoredBecause = $"event type '{type}'";
                return null;
        }

        // Bots (including this one) never get answers: two bots could otherwise talk to each other forever.
        var subtype = Str(e, "subtype");
        if (Str(e, "bot_id") is not null || subtype == "bot_message")
        {
            ignoredBecause = "written by a bot";
            return null;
        }

        if (subtype is not null && !PersonSubtypes.Contains(subtype))
        {
            ignoredBecause = $"message subtype '{subtype}'";
            return null;
        }

        var channel = Id(e, "channel");
        var user = Id(e, "user");
        var ts = Id(e, "ts");
        if (channel is null || user is null || ts is null)
        {
            ignoredBecause = $"{type} without channel, user or ts (or one too long)";
            return null;
        }

        var team = Id(callback, "team_id") ?? Id(e, "team") ?? "";
        // Every callback has an event_id; should one ever lack it, channel + ts identifies the message just as well.
        var eventId = Id(callback, "event_id") ?? $"{team}:{channel}:{ts}";
        return new SlackMessageEvent(eventId, team, channel, Str(e, "channel_type") ?? "", user, Str(e, "text") ?? "", ts, Id(e, "thread_ts"), kind,
            e.TryGetProperty("edited", out var edited) && edited.ValueKind == JsonValueKind.Object);
    }

    private static string? Id(JsonElement element, string name) => Str(element, name) is { Length: <= MaxIdLength } id ? id : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
