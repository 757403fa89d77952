using Bot.Adapters.Common.Text;

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
            // Only a boundary in the second half of the window, so pieces do not become tiny; never inside an entity or a pair.
            (var head, rest) = TextCut.SplitAt(rest, max, Boundaries, floor: max / 2, SlackText.SafeCut);
            pieces.Add(head);
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }
}
