using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

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

    [Fact]
    public void Load_RepositoryTranslations_HaveNoProblemsAndFullCoverage()
    {
        var folder = Path.Combine(RepositoryRoot(), "knowledge");

        var result = new KnowledgeLoader().Load(folder);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        var incomplete = TranslationCoverage.Of(result.Knowledge!)
            .Where(r => r.TranslatedEntries != r.Entries || r.TranslatedFields != r.Fields)
            .Select(r => $"{r.Lang.Code()}/{r.File}: {r.TranslatedEntries}/{r.Entries} entries, {r.TranslatedFields}/{r.Fields} fields");
        Assert.Empty(incomplete);
        Assert.Equal("ko 100%, ja 100%", TranslationCoverage.Summarize(result.Knowledge!));
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
