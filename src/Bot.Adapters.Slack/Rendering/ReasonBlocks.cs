using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answers.Templates;
using Bot.Core.Feedback;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>
/// "Why?" after a 👎 in Block Kit: an ephemeral message with a static_select of the reasons (its block_id carries the answer and
/// its language), and for "other" a modal with one multiline plain_text_input of at most 300 characters.
/// </summary>
public static class ReasonBlocks
{
    private const int MaxAnswerId = FeedbackVotes.MaxIdLength;

    /// <summary>The prompt: <paramref name="lead"/> (the thanks for the vote), the question, and the select.</summary>
    public static SlackMessage Prompt(string answerId, AnswerTemplates t, string lead)
    {
        var notice = BlockKitRenderer.Notice(lead + "\n" + t.ReasonQuestion);
        var blocks = notice.Blocks.DeepClone().AsArray();
        blocks.Add(new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = ActionIds.ReasonBlockPrefix + t.Lang.Code() + ":" + answerId,
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "static_select",
                ["action_id"] = ActionIds.Reason,
                ["placeholder"] = PlainText(t.ReasonPlaceholder, SlackLimits.Placeholder),
                ["options"] = new JsonArray([.. FeedbackReasons.All.Select(r => (JsonNode)new JsonObject
                {
                    ["text"] = PlainText(t.ReasonLabel(r), SlackLimits.OptionText),
                    ["value"] = r,
                })]),
            }),
        });
        return new SlackMessage(notice.Text, blocks);
    }

    /// <summary>Reads the answer and language back from the select's block_id; false for anything we did not write.</summary>
    public static bool TryParseBlock(string? blockId, out string answerId, out Lang lang)
    {
        answerId = "";
        lang = Lang.En;
        if (blockId is null || !blockId.StartsWith(ActionIds.ReasonBlockPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = blockId[ActionIds.ReasonBlockPrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !Langs.TryParse(rest[..colon], out lang))
        {
            return false;
        }

        answerId = rest[(colon + 1)..];
        return answerId.Length is > 0 and <= MaxAnswerId;
    }

    /// <summary>The "other" modal for views.open; what it is about travels in <c>private_metadata</c>.</summary>
    public static JsonObject OtherModal(ReasonContext context, AnswerTemplates t) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = ActionIds.ReasonModal,
        ["private_metadata"] = context.Encode(),
        ["title"] = PlainText(t.ReasonTextTitle, SlackLimits.ModalTitle),
        ["submit"] = PlainText(t.ReasonSend, SlackLimits.ModalTitle),
        ["close"] = PlainText(t.ReasonCancel, SlackLimits.ModalTitle),
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = ActionIds.ReasonTextBlock,
            ["label"] = PlainText(t.ReasonTextLabel, SlackLimits.HeaderText),
            ["element"] = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = ActionIds.ReasonTextAction,
                ["multiline"] = true,
                ["max_length"] = FeedbackReasons.MaxTextLength,
            },
        }),
    };

    /// <summary>The answer to a view_submission: the modal turned into <paramref name="text"/> (escaped, verbatim) with a close button.</summary>
    public static JsonObject Result(AnswerTemplates t, string text)
    {
        var notice = BlockKitRenderer.Notice(text);
        return new JsonObject
        {
            ["response_action"] = "update",
            ["view"] = new JsonObject
            {
                ["type"] = "modal",
                ["title"] = PlainText(t.ReasonTextTitle, SlackLimits.ModalTitle),
                ["close"] = PlainText(t.ReasonClose, SlackLimits.ModalTitle),
                ["blocks"] = notice.Blocks.DeepClone(),
            },
        };
    }

    private static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = SlackText.Truncate(SlackText.Escape(text), max),
        ["emoji"] = true,
    };
}

/// <summary>What a "why?" modal is about: the answer, its language, and the prompt's response_url (to replace it afterwards).</summary>
public sealed record ReasonContext(string AnswerId, Lang Lang, string? ResponseUrl)
{
    public string Encode()
    {
        var json = new JsonObject { ["a"] = AnswerId, ["l"] = Lang.Code() };
        if (ResponseUrl is not null && ResponseUrl.Length < SlackLimits.PrivateMetadata - 200)
        {
            json["r"] = ResponseUrl;
        }

        return json.ToJsonString();
    }

    /// <summary>The context back from <c>private_metadata</c>; null for anything malformed (a forged or foreign view).</summary>
    public static ReasonContext? Decode(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata) || metadata.Length > SlackLimits.PrivateMetadata)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(metadata);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("a", out var a) || a.ValueKind != JsonValueKind.String || a.GetString() is not { Length: > 0 and <= FeedbackVotes.MaxIdLength } answer
                || !root.TryGetProperty("l", out var l) || l.ValueKind != JsonValueKind.String || !Langs.TryParse(l.GetString(), out var lang))
            {
                return null;
            }

            var url = root.TryGetProperty("r", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return new ReasonContext(answer, lang, url);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
