namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// Collects the problems of one file. The offset maps lines of an embedded YAML block (FAQ front matter)
/// back to lines of the file the curator edits.
/// </summary>
internal sealed class ProblemLog(string file, List<KnowledgeProblem> sink, int lineOffset = 0)
{
    public string File => file;

    public void At(long line, string message) => sink.Add(new KnowledgeProblem(file, FileLine(line), message));

    /// <summary>The line in the file for a line of the (possibly embedded) text being read.</summary>
    public int FileLine(long line) => (int)Math.Clamp(line + lineOffset, 0, int.MaxValue);

    /// <summary>A log for text that starts <paramref name="lines"/> lines further down the same file.</summary>
    public ProblemLog Shifted(int lines) => new(file, sink, lineOffset + lines);
}
