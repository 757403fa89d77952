using Bot.Adapters.Common.Text;

namespace Bot.Adapters.Discord.Rendering;

/// <summary>Text made safe for Discord: no pings from echoed text, and cuts that never split a surrogate pair.</summary>
public static class DiscordText
{
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
    public static string Fit(string text, int max) => TextCut.Fit(text, max);

    private static readonly string[] Breaks = ["\n\n", "\n", " "];

    /// <summary>
    /// Splits off at most <paramref name="max"/> units, preferring a paragraph, line or word break in the last fifth,
    /// never inside a surrogate pair. Returns the head and the (trimmed) tail.
    /// </summary>
    public static (string Head, string Tail) SplitAt(string text, int max)
    {
        var cut = TextCut.KeepPairs(text, max);
        return TextCut.SplitAt(text, max, Breaks, floor: cut - (cut / 5));
    }
}
