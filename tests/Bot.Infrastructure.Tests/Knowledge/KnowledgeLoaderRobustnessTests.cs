using System.Text;
using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>Hostile or accidental input in any file becomes problems, never an exception or a crash.</summary>
public sealed class KnowledgeLoaderRobustnessTests
{
    private static readonly string[] Files =
        ["sources.yaml", "timeline.yaml", "statistics.yaml", "glossary.yaml", "faq/dokdo-takeshima.md"];

    private static readonly string[] Contents =
    [
        "",
        "\uFEFF",
        "\0\0\0",
        "{",
        "- - - -",
        "*alias",
        "key: &a [*a]",
        "? [a, b]\n: c\n",
        "a: 1\na: 2\n",
        "%YAML 1.3\n---\na: 1\n",
        "sources: !!binary AAAA\n",
        "events:\n  - [1, 2]\n  - 3\n  - {id: 1, date: {a: b}, sources: {x: y}}\n",
        "series:\n  - id: x\n    points: {year: 2011}\n    gaps: [[1]]\n    aliases: [[a], {b: c}]\n",
        "terms:\n  - id: \"a\\nb\"\n    kind: [place]\n",
        "---\n---\n---\n",
        "---\ntitle: [\n---\n",
        "---\n- a\n---\nbody\n## \n",
        new string('[', 100_000),
        new string('{', 5_000) + new string('}', 5_000),
        string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "- \n")),
        new string('x', 1_000_000),
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Files)
        {
            for (var i = 0; i < Contents.Length; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_HostileContent_ReportsProblemsWithoutThrowing(string file, int content)
    {
        using var kb = new KnowledgeFixture();
        kb.Write(file, Contents[content]);

        AssertFailsCleanly(kb.Load());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Load_RandomBytesInEveryFile_ReportsProblemsWithoutThrowing(int seed)
    {
        using var kb = new KnowledgeFixture();
        var random = new Random(seed);
        foreach (var file in Files)
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            kb.Write(file, bytes);
        }

        var result = kb.Load();

        AssertFailsCleanly(result);
        Assert.Equal(Files.Length, result.Problems.Select(p => p.File).Distinct().Count());
    }

    [Fact]
    public void Load_ValidUtf8ThatIsNotYaml_ReportsProblemsWithoutThrowing()
    {
        using var kb = new KnowledgeFixture();
        kb.Write("timeline.yaml", Encoding.UTF8.GetBytes("한국 日本 \t\t\"'`|>%@ ::: -- ? ! & *\n\t- x\n"));

        AssertFailsCleanly(kb.Load());
    }

    [Theory]
    [InlineData("/definitely/not/a/knowledge/folder")]
    [InlineData("")]
    [InlineData("\0")]
    public void Load_FolderThatIsNotThere_ReportsOneProblem(string folder)
    {
        var result = new KnowledgeLoader().Load(folder);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Knowledge);
        Assert.Equal(0, problem.Line);
    }

    private static void AssertFailsCleanly(KnowledgeLoadResult result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Knowledge);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.File));
            Assert.True(p.Line >= 0);
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
            // The loader's last-resort catch would hide a bug behind a problem: it must never be what answers.
            Assert.DoesNotContain("internal error", p.Message, StringComparison.Ordinal);
        });
    }
}
