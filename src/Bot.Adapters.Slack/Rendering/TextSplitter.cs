namespace Bot.Adapters.Slack.Rendering;

/// <summary>Splits escaped mrkdwn into pieces that each fit a block, at the most natural boundary available.</summary>
public static class TextSplitter
{
    private static readonly string[] Boundaries = ["\n\n", "\n", ". ", " "];

    public static IReadOnlyList<string> Split(string escaped, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 8);
        var pieces = new List<string>();
        var rest = escaped.Trim();
        while (rest.Length > max)
        {
            var cut = FindCut(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static int FindCut(string text, int max)
    {
        foreach (var boundary in Boundaries)
        {
            // Only accept a boundary in the second half of the window, so pieces do not become tiny.
            var at = text.LastIndexOf(boundary, max - 1, max, StringComparison.Ordinal);
            if (at >= max / 2)
            {
                return at + boundary.Length;
            }
        }

        var safe = SlackText.SafeCut(text, max);
        return safe > 0 ? safe : max;
    }
}
