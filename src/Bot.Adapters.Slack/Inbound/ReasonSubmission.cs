using System.Text.Json;
using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>
/// A <c>view_submission</c> of the "why?" modal: who, what it is about (<see cref="ReasonContext"/>, null when the metadata is
/// unreadable) and the typed text (<c>view.state.values.jk_why_text.text.value</c>).
/// </summary>
public sealed record ReasonSubmission(string UserId, ReasonContext? Context, string? Text)
{
    /// <summary>Longer than the input allows many times over: anything beyond is not read (it is cut to 300 anyway).</summary>
    private const int MaxText = 4000;

    /// <summary>The submission in a payload, or null for anything that is not a submission of our modal.</summary>
    public static ReasonSubmission? Parse(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Str(payload, "type") != "view_submission"
            || !payload.TryGetProperty("view", out var view) || view.ValueKind != JsonValueKind.Object
            || Str(view, "callback_id") != ActionIds.ReasonModal
            || !payload.TryGetProperty("user", out var user) || Str(user, "id") is not { Length: <= FeedbackIdLimit } userId)
        {
            return null;
        }

        string? text = null;
        if (view.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object
            && state.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object
            && values.TryGetProperty(ActionIds.ReasonTextBlock, out var block) && block.ValueKind == JsonValueKind.Object
            && block.TryGetProperty(ActionIds.ReasonTextAction, out var input) && input.ValueKind == JsonValueKind.Object)
        {
            text = Str(input, "value");
            if (text is { Length: > MaxText })
            {
                text = text[..MaxText];
            }
        }

        return new ReasonSubmission(userId, ReasonContext.Decode(Str(view, "private_metadata")), text);
    }

    private const int FeedbackIdLimit = Bot.Core.Feedback.FeedbackVotes.MaxIdLength;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
