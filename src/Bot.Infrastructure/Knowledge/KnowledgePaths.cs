namespace Bot.Infrastructure.Knowledge;

internal static class KnowledgePaths
{
    /// <summary>
    /// The path as a curator should see it: relative to the current directory when the file is under it
    /// (short, and clickable in terminals and editors), otherwise the full path.
    /// </summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
