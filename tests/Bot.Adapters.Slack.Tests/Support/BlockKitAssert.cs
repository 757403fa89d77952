using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>Checks a message against every Block Kit limit in protocols.md section G, and that no text can ping anyone.</summary>
public static partial class BlockKitAssert
{
    public static void WithinLimits(SlackMessage message) => WithinLimits(message.ToPayload());

    public static void WithinLimits(JsonObject payload)
    {
        var text = payload["text"]!.GetValue<string>();
        Assert.InRange(text.Length, 1, SlackLimits.FallbackText);
        AssertPlainInert(text);
        Assert.False(payload.ContainsKey("link_names"), "link_names must never be set");
        Assert.False(payload.ContainsKey("parse"), "parse must never be set");

        var blocks = payload["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, SlackLimits.Blocks);
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            switch (block["type"]!.GetValue<string>())
            {
                case "header":
                    var header = block["text"]!.AsObject();
                    Assert.Equal("plain_text", header["type"]!.GetValue<string>());
                    Assert.InRange(header["text"]!.GetValue<string>().Length, 1, SlackLimits.HeaderText);
                    AssertPlainInert(header["text"]!.GetValue<string>());
                    break;
                case "section":
                    if (block["text"] is JsonObject sectionText)
                    {
                        AssertMrkdwn(sectionText, SlackLimits.SectionText);
                    }

                    if (block["fields"] is JsonArray fields)
                    {
                        Assert.InRange(fields.Count, 1, SlackLimits.Fields);
                        Assert.All(fields, f => AssertMrkdwn(f!.AsObject(), SlackLimits.FieldText));
                    }

                    Assert.True(block["text"] is not null || block["fields"] is not null, "a section needs text or fields");
                    break;
                case "context":
                    var elements = block["elements"]!.AsArray();
                    Assert.InRange(elements.Count, 1, SlackLimits.ContextElements);
                    Assert.All(elements, e => AssertMrkdwn(e!.AsObject(), SlackLimits.ContextText));
                    break;
                case "actions":
                    var buttons = block["elements"]!.AsArray();
                    Assert.InRange(buttons.Count, 1, SlackLimits.ActionElements);
                    foreach (var button in buttons.Select(b => b!.AsObject()))
                    {
                        Assert.Equal("button", button["type"]!.GetValue<string>());
                        Assert.InRange(button["text"]!["text"]!.GetValue<string>().Length, 1, SlackLimits.ButtonText);
                        Assert.InRange(button["action_id"]!.GetValue<string>().Length, 1, SlackLimits.ActionId);
                        Assert.InRange(button["value"]!.GetValue<string>().Length, 1, SlackLimits.ButtonValue);
                    }

                    break;
                default:
                    Assert.Fail($"unexpected block type {block["type"]}");
                    break;
            }
        }
    }

    /// <summary>Every mrkdwn text: within its limit, verbatim, and with no control sequence except an http(s) link.</summary>
    private static void AssertMrkdwn(JsonObject textObject, int max)
    {
        Assert.Equal("mrkdwn", textObject["type"]!.GetValue<string>());
        Assert.True(textObject["verbatim"]?.GetValue<bool>() == true, "mrkdwn must be verbatim");
        var text = textObject["text"]!.GetValue<string>();
        Assert.InRange(text.Length, 1, max);
        AssertMrkdwnInert(text);
    }

    public static void AssertMrkdwnInert(string text)
    {
        var withoutLinks = AllowedLink().Replace(text, "");
        Assert.DoesNotContain('<', withoutLinks);
        Assert.DoesNotContain('>', withoutLinks);
        AssertEntitiesWellFormed(text);
    }

    public static void AssertPlainInert(string text)
    {
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        AssertEntitiesWellFormed(text);
    }

    /// <summary>Every '&amp;' starts one of the three entities: nothing unescaped, nothing cut in half.</summary>
    private static void AssertEntitiesWellFormed(string text) =>
        Assert.DoesNotMatch("&(?!amp;|lt;|gt;)", text);

    [GeneratedRegex(@"<https?://[^\s<>|]+\|[^<>|]*>")]
    private static partial Regex AllowedLink();
}
