using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>The curated knowledge/ folder of this repository, loaded once by the production loader.</summary>
public static class RepositoryKnowledge
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load);

    public static KnowledgeBase Current => Shared.Value;

    private static KnowledgeBase Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "knowledge");
        var result = new KnowledgeLoader().Load(folder);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"{folder} does not load:\n{string.Join('\n', result.Problems)}");
        }

        return result.Knowledge!;
    }

    private static string RepositoryRoot()
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
