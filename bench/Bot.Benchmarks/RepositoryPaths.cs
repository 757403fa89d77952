namespace Bot.Benchmarks;

/// <summary>Where the repository's files are, wherever the benchmark runs from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Bot.sln (BenchmarkDotNet runs each case in a generated project under bin/, so walk up).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder holding Bot.sln above {AppContext.BaseDirectory}");
    }
}
