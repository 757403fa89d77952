using System.Text.Json;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>The parts of an <c>event_callback</c> carrying an <c>app_mention</c> that the bot needs.</summary>
public sealed record MentionEvent(string EventId, string TeamId, string Channel, string User, string Text, string Ts, string? ThreadTs)
{
    /// <summary>Replies go in the thread: the existing one, or a new one under the mention.</summary>
    public string ReplyThreadTs => ThreadTs ?? Ts;

    /// <summary>Follow-ups in one thread share context; different threads never do.</summary>
    public string ConversationKey => $"slack:{TeamId}:{Channel}:{ReplyThreadTs}";

    /// <summary>Null with a reason when the callback is not a mention we answer (another event type, a bot, a malformed event).</summary>
    public static MentionEvent? TryParse(JsonElement callback, out string ignoredBecause)
    {
        ignoredBecause = "";
        if (callback.ValueKind != JsonValueKind.Object || !callback.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            ignoredBecause = "no event object";
            return null;
        }

        var type = Str(e, "type");
        if (type != "app_mention")
        {
            ignoredBecause = $"event type '{type}'";
            return null;
        }

        // Bots (including this one) never get answers: two bots could otherwise talk to each other forever.
        if (Str(e, "bot_id") is not null || Str(e, "subtype") == "bot_message")
        {
            ignoredBecause = "written by a bot";
            return null;
        }

        var channel = Str(e, "channel");
        var user = Str(e, "user");
        var ts = Str(e, "ts");
        if (channel is null || user is null || ts is null)
        {
            ignoredBecause = "app_mention without channel, user or ts";
            return null;
        }

        var team = Str(callback, "team_id") ?? Str(e, "team") ?? "";
        // Every callback has an event_id; should one ever lack it, channel + ts identifies the message just as well.
        var eventId = Str(callback, "event_id") ?? $"{team}:{channel}:{ts}";
        return new MentionEvent(eventId, team, channel, user, Str(e, "text") ?? "", ts, Str(e, "thread_ts"));
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
