namespace Bot.Infrastructure.Knowledge;

/// <summary>One thing wrong with the knowledge files, at the line a curator has to fix.</summary>
/// <param name="File">Relative to the current directory when the file is under it (so editors and terminals can
/// open it), otherwise the full path.</param>
/// <param name="Line">1-based; 0 when the problem is the whole file (missing, unreadable).</param>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    /// <summary>A warning (the neutrality lint) does not stop the base from loading; an error does.</summary>
    public bool IsWarning { get; init; }

    /// <summary>The compiler-style <c>file:line: message</c> form that editors turn into links.</summary>
    public override string ToString()
    {
        var message = IsWarning ? "warning: " + Message : Message;
        return Line > 0 ? $"{File}:{Line}: {message}" : $"{File}: {message}";
    }
}
