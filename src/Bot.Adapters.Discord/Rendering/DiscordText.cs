namespace Bot.Adapters.Discord.Rendering;

/// <summary>Text made safe for Discord: no pings from echoed text, and cuts that never split a surrogate pair.</summary>
public static class DiscordText
{
    private const char Ellipsis = '…';
    private const string ZeroWidthSpace = "\u200B";

    /// <summary>
    /// Puts a zero-width space after every <c>@</c>, so <c>@everyone</c>, <c>@here</c>, <c>&lt;@123&gt;</c> and <c>&lt;@&amp;role&gt;</c>
    /// read the same but are no longer mentions. <c>allowed_mentions: {"parse": []}</c> is the first guard; this is the second,
    /// for any client or future code path that forgets the first. A lone surrogate (half an emoji, cut by someone upstream)
    /// becomes U+FFFD, because Discord refuses text that is not valid Unicode. Control characters (NUL, ESC, …) and bidi overrides
    /// are removed (<see cref="Bot.Core.Text.TextNormalizer.StripUnsafe"/>), so echoed text cannot make the message read backwards.
    /// </summary>
    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? "" : WellFormed(Bot.Core.Text.TextNormalizer.StripUnsafe(text)).Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal);

    private static string WellFormed(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                fixedText ??= text.ToCharArray();
                fixedText[i] = '\uFFFD';
            }
        }

        return fixedText is null ? text : new string(fixedText);
    }

    /// <summary>The text, or its first <paramref name="max"/> UTF-16 units ending in "…"; a surrogate pair is kept whole or dropped whole.</summary>
    public static string Fit(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        if (max == 0)
        {
            return "";
        }

        return string.Concat(text.AsSpan(0, SafeCut(text, max - 1)), Ellipsis.ToString());
    }

    /// <summary>
    /// Splits off at most <paramref name="max"/> units, preferring a paragraph, line or word break in the last fifth,
    /// never inside a surrogate pair. Returns the head and the (trimmed) tail.
    /// </summary>
    public static (string Head, string Tail) SplitAt(string text, int max)
    {
        if (text.Length <= max)
        {
            return (text, "");
        }

        var cut = SafeCut(text, max);
        var window = text.AsSpan(0, cut);
        var floor = cut - (cut / 5);
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at >= floor && at > 0)
            {
                cut = at;
                break;
            }
        }

        return (text[..cut].TrimEnd(), text[cut..].TrimStart());
    }

    /// <summary>The largest cut ≤ <paramref name="max"/> that does not separate a high surrogate from its low surrogate.</summary>
    public static int SafeCut(string text, int max)
    {
        var cut = Math.Min(max, text.Length);
        return cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
