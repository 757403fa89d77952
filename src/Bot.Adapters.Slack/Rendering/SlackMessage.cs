using System.Text.Json.Nodes;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>A rendered message: Block Kit blocks plus the plain fallback Slack shows in notifications.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>A fresh <c>{"text","blocks"}</c> object to add channel, thread_ts or response_type to.</summary>
    public JsonObject ToPayload() => new()
    {
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
