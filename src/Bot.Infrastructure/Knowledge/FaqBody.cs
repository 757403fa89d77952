using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge;

/// <summary>An FAQ section with the file line of its heading, so problems can point at it.</summary>
internal sealed record FaqHeadedSection(string Heading, string Body, int Line);

/// <summary>The body of an FAQ file: the summary before the first <c>## </c> heading, then one section per heading.</summary>
internal sealed partial record FaqBody(string Summary, IReadOnlyList<FaqHeadedSection> Sections)
{
    /// <param name="lines">The body lines, without line endings.</param>
    /// <param name="firstLine">The file line of <paramref name="lines"/>[0].</param>
    public static FaqBody Split(IReadOnlyList<string> lines, int firstLine)
    {
        var summary = new List<string>();
        var sections = new List<FaqHeadedSection>();
        var current = summary;
        (string Heading, int Line)? open = null;
        var inFence = false;

        void Close()
        {
            if (open is { } o)
            {
                sections.Add(new FaqHeadedSection(o.Heading, Join(current), o.Line));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A "## " inside a code block is code, not a section.
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && (line.StartsWith("## ", StringComparison.Ordinal) || line.TrimEnd() == "##"))
            {
                Close();
                open = (ClosingHashes().Replace(line[2..], "").Trim(), firstLine + i);
                current = [];
                continue;
            }

            // A curator's comment (e.g. a neutrality justification) is for the next curator, not answer text.
            if (!inFence && CommentLine().IsMatch(line))
            {
                continue;
            }

            current.Add(line);
        }

        Close();
        return new FaqBody(Join(summary), sections);
    }

    private static string Join(List<string> lines) => string.Join('\n', lines).Trim();

    [GeneratedRegex(@"^\s*<!--.*-->\s*$")]
    private static partial Regex CommentLine();

    // "## Background ##" is a valid ATX heading; the closing hashes are not part of its text.
    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHashes();
}
