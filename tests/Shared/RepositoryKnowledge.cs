using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;

namespace Bot.Tests.Shared;

/// <summary>
/// The curated knowledge/ folder of this repository, loaded by the production loader. One file, compiled into every test
/// project that reads the real knowledge base (linked from tests/Shared).
/// </summary>
public static class RepositoryKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(Load);

    /// <summary>The folder holding Bot.sln, wherever the tests run from.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// One snapshot shared by the test run; also what [MemberData] tables are built from, since theory rows are
    /// enumerated at discovery, before any class fixture exists.
    /// </summary>
    public static KnowledgeBase Current => Loaded.Value;

    /// <summary>A fresh snapshot (for fixtures that want their own).</summary>
    public static KnowledgeBase Load()
    {
        var folder = Path.Combine(Root, "knowledge");
        var result = new KnowledgeLoader().Load(folder);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"{folder} does not load:\n{string.Join('\n', result.Problems)}");
        }

        return result.Knowledge!;
    }

    private static string FindRoot()
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
