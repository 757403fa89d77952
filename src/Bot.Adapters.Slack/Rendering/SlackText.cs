using System.Text;
using Bot.Adapters.Common.Text;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>
/// Slack's text rules. Slack treats <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters: escaping
/// exactly those makes any echoed <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c> or <c>&lt;@U…&gt;</c> plain text.
/// </summary>
public static class SlackText
{
    /// <summary>
    /// Escapes &amp;, &lt; and &gt;, and removes control characters and bidi overrides
    /// (<see cref="Bot.Core.Text.TextNormalizer.StripUnsafe"/>) so echoed text cannot make a message read backwards.
    /// </summary>
    public static string Escape(string text)
    {
        text = Bot.Core.Text.TextNormalizer.StripUnsafe(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>
    /// Undoes Slack's escaping of incoming message text, in one pass so "&amp;lt;" becomes the literal "&lt;" the
    /// user typed, never "&lt;" decoded twice into a control character.
    /// </summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("&amp;", StringComparison.Ordinal))
            {
                sb.Append('&');
                i += 4;
            }
            else if (rest.StartsWith("&lt;", StringComparison.Ordinal))
            {
                sb.Append('<');
                i += 3;
            }
            else if (rest.StartsWith("&gt;", StringComparison.Ordinal))
            {
                sb.Append('>');
                i += 3;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escaped answer text as mrkdwn: Markdown's <c>**bold**</c> becomes Slack's <c>*bold*</c>, "- " bullets become "• ".
    /// The input is escaped first, so nothing the answer quotes can turn into a link or mention.
    /// </summary>
    public static string ToMrkdwn(string text)
    {
        var escaped = Escape(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var lines = escaped.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("- ", StringComparison.Ordinal))
            {
                lines[i] = "• " + lines[i][2..];
            }
        }

        return string.Join('\n', lines).Replace("**", "*", StringComparison.Ordinal);
    }

    /// <summary>
    /// Shortens already-escaped text to at most <paramref name="max"/> characters, ending in "…", without cutting an
    /// entity (&amp;amp;) or a surrogate pair in half.
    /// </summary>
    public static string Truncate(string escaped, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return TextCut.Fit(escaped, max, SafeCut);
    }

    /// <summary>The largest index ≤ <paramref name="index"/> where escaped text may be cut: not inside an entity or a surrogate pair.</summary>
    internal static int SafeCut(string escaped, int index)
    {
        index = TextCut.KeepPairs(escaped, index);

        // Entities are at most 5 characters ("&amp;"): an '&' within the 4 characters before the cut with no ';' after it means we are inside one.
        for (var back = 1; back <= 4 && index - back >= 0; back++)
        {
            var c = escaped[index - back];
            if (c == ';')
            {
                break;
            }

            if (c == '&')
            {
                return index - back;
            }
        }

        return index;
    }

    /// <summary>
    /// A Slack link <c>&lt;url|label&gt;</c> for http(s) URLs only, anything else escaped plain text; at most
    /// <paramref name="max"/> characters, shortening the label (never the URL, which would break the link).
    /// </summary>
    public static string Link(string? url, string label, int max = SlackLimits.ContextText)
    {
        var escapedLabel = Escape(label).Replace("|", "¦", StringComparison.Ordinal);
        if (HttpUrl(url) is not { } target || target.Replace("&", "&amp;", StringComparison.Ordinal).Length + 16 > max)
        {
            return Truncate(escapedLabel, max);
        }

        // Inside mrkdwn Slack reads '&' as the start of an entity, in a link's address too ("?id=1&page=2").
        var escapedTarget = target.Replace("&", "&amp;", StringComparison.Ordinal);
        return $"<{escapedTarget}|{Truncate(escapedLabel, max - escapedTarget.Length - 3)}>";
    }

    /// <summary>The URL as Slack may link it (absolute http/https, nothing that could end the link early), or null.</summary>
    public static string? HttpUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        // AbsoluteUri percent-encodes spaces, quotes and angle brackets; '|' would end the URL part early.
        var target = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal);
        return target.Length > SlackLimits.ButtonUrl || target.AsSpan().IndexOfAny('<', '>') >= 0 ? null : target;
    }
}
