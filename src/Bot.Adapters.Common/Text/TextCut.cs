namespace Bot.Adapters.Common.Text;

/// <summary>
/// Cutting text to a platform's limits, for both renderers: never inside a surrogate pair (or wherever the platform's own
/// <c>cut</c> rule forbids, e.g. inside a Slack entity), ending a shortened text with "…", and splitting long text at the most
/// natural break available.
/// </summary>
public static class TextCut
{
    public const char Ellipsis = '…';

    /// <summary>The largest cut ≤ <paramref name="index"/> that does not separate a high surrogate from its low surrogate.</summary>
    public static int KeepPairs(string text, int index)
    {
        var cut = Math.Clamp(index, 0, text.Length);
        return cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    /// <summary>The text, or its first <paramref name="max"/> - 1 units (trailing spaces dropped) and "…".</summary>
    /// <param name="cut">Where a cut at an index may fall instead; <see cref="KeepPairs"/> by default.</param>
    public static string Fit(string text, int max, Func<string, int, int>? cut = null)
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

        var at = (cut ?? KeepPairs)(text, max - 1);
        return string.Concat(text.AsSpan(0, at).TrimEnd(), Ellipsis.ToString());
    }

    /// <summary>
    /// Splits off at most <paramref name="max"/> units: at the last of <paramref name="separators"/> (tried in order) that starts at or
    /// after <paramref name="floor"/>, else where <paramref name="cut"/> allows at the limit. The separator stays with the head, which
    /// is trimmed at its end; the tail is trimmed at its start.
    /// </summary>
    public static (string Head, string Tail) SplitAt(string text, int max, IReadOnlyList<string> separators, int floor, Func<string, int, int>? cut = null)
    {
        if (text.Length <= max)
        {
            return (text, "");
        }

        var end = (cut ?? KeepPairs)(text, max);
        foreach (var separator in separators)
        {
            // A separator may end just past the limit: its trailing white space is trimmed off the head.
            var window = text.AsSpan(0, Math.Min(text.Length, end + separator.Length - 1));
            var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at >= floor && at > 0)
            {
                end = at + separator.Length;
                break;
            }
        }

        if (end <= 0)
        {
            end = Math.Min(max, text.Length);
        }

        return (text[..end].TrimEnd(), text[end..].TrimStart());
    }
}
