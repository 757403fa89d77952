using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// The curated knowledge/ folder of this repository must always load. This test needs the data files: it fails
/// (by design, not skipped) until sources.yaml, timeline.yaml, statistics.yaml and glossary.yaml are committed.
/// </summary>
[Trait("Category", "RepositoryData")]
public sealed class RepositoryKnowledgeTests
{
    [Fact]
    public void Load_RepositoryKnowledgeFolder_IsValid()
    {
        var folder = Path.Combine(RepositoryRoot(), "knowledge");

        var result = new KnowledgeLoader().Load(folder);

        Assert.True(result.IsValid, $"{folder} has problems:\n{string.Join('\n', result.Problems)}");
        Assert.NotEmpty(result.Knowledge!.Timeline);
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
