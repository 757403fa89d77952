using System.Text.RegularExpressions;
using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Handling;

/// <summary>Turns an app_mention's text into the question: without the bot's own mention, and unescaped once.</summary>
public static partial class MentionText
{
    public static string Clean(string text, string? botUserId)
    {
        // The leading mention is the bot being addressed. If auth.test has not told us our id yet, any leading
        // user mention is taken to be ours: app_mention events are only sent when we are mentioned.
        var leading = LeadingMention().Match(text);
        if (leading.Success && (botUserId is null || leading.Groups["id"].Value == botUserId))
        {
            text = text[leading.Length..];
        }

        if (botUserId is not null)
        {
            text = AnyMention().Replace(text, m => m.Groups["id"].Value == botUserId ? " " : m.Value);
        }

        return Spaces().Replace(SlackText.Unescape(text), " ").Trim();
    }

    /// <summary>True when the text mentions a person, a group or the channel (<c>&lt;@U…&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!subteam^…&gt;</c>): addressed to them.</summary>
    public static bool MentionsAnyone(string text) => AnyMention().IsMatch(text) || Special().IsMatch(text);

    [GeneratedRegex(@"<!(?:here|channel|everyone|subteam\^)", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>[\s,:]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyMention();
}
