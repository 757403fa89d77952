using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class KnowledgeProblemTests
{
    [Fact]
    public void ToString_WithLine_IsFileColonLineColonMessage()
    {
        var problem = new KnowledgeProblem("knowledge/timeline.yaml", 12, "event 'x': unknown flag 'U'");

        Assert.Equal("knowledge/timeline.yaml:12: event 'x': unknown flag 'U'", problem.ToString());
    }

    [Fact]
    public void ToString_WholeFileProblem_LeavesLineOut()
    {
        var problem = new KnowledgeProblem("knowledge/sources.yaml", 0, "missing file: sources.yaml is required");

        Assert.Equal("knowledge/sources.yaml: missing file: sources.yaml is required", problem.ToString());
    }

    [Fact]
    public void Load_FolderUnderCurrentDirectory_ReportsPathsRelativeToIt()
    {
        using var kb = new KnowledgeFixture(Environment.CurrentDirectory);
        kb.Edit("timeline.yaml", "    flag: V2", "    flag: U");

        var problem = Assert.Single(kb.Load().Problems);

        var folder = Path.GetFileName(kb.Root);
        Assert.Equal($"{folder}/timeline.yaml", problem.File);
        Assert.StartsWith($"{folder}/timeline.yaml:21: event 'basic-treaty-signed': flag 'U' is not allowed", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderOutsideCurrentDirectory_ReportsFullPaths()
    {
        using var kb = new KnowledgeFixture(Path.GetTempPath());
        kb.Edit("faq/dokdo-takeshima.md", "contested: true", "contested: yes");

        var problem = Assert.Single(kb.Load().Problems);

        Assert.True(Path.IsPathRooted(problem.File));
        Assert.Equal(Path.GetFullPath(kb.PathOf("faq/dokdo-takeshima.md")), Path.GetFullPath(problem.File));
    }
}
