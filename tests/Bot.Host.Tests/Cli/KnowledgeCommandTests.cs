using System.Text.RegularExpressions;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>knowledge validate</c> on the repository's knowledge, and the gate that keeps <c>ask</c> off a broken copy.</summary>
public sealed partial class KnowledgeCommandTests(BrokenKnowledgeCopy broken) : IClassFixture<BrokenKnowledgeCopy>
{
    [Fact]
    public async Task KnowledgeValidate_RepositoryKnowledge_PrintsKnowledgeOkAndExits0()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["knowledge", "validate"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("knowledge OK", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task KnowledgeValidate_OneBrokenYamlLine_NamesFileAndLineAndExits1()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["knowledge", "validate"], environment: broken.Environment);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(broken.BrokenLine, ReportedTimelineLine(run.Stderr));
        Assert.DoesNotContain("knowledge OK", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_OneBrokenYamlLine_RefusesWithTheSameFileAndLineAndExits1()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["ask", "When was the 1965 treaty signed?"], environment: broken.Environment);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal(broken.BrokenLine, ReportedTimelineLine(run.Stderr));
        Assert.Contains("Refusing to answer", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeValidate_LoadedWordInAnFaq_WarnsWithFileAndLineAndStillExits0()
    {
        using var temp = new TempFolder();
        var knowledge = Path.Combine(temp.Path, "knowledge");
        BrokenKnowledgeCopy.CopyFolder(Path.Combine(HostProcess.RepositoryRoot, "knowledge"), knowledge);
        var faq = Path.Combine(knowledge, "faq", "sea-naming.md");
        var lines = File.ReadAllLines(faq);
        var index = Array.FindIndex(lines, l => l.StartsWith("On the Sea of Japan/East Sea name, Tokyo says", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("Tokyo says", "Tokyo insists", StringComparison.Ordinal);
        File.WriteAllLines(faq, lines);

        var run = await HostProcess.RunAsync(temp, ["knowledge", "validate"], environment: new Dictionary<string, string> { ["Knowledge__Path"] = knowledge });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"sea-naming.md:{index + 1}: warning: loaded word 'insists'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 neutrality warning(s)", run.Stdout, StringComparison.Ordinal);
    }

    private static int ReportedTimelineLine(string stderr)
    {
        var match = TimelineProblem().Match(stderr);
        Assert.True(match.Success, $"no 'timeline.yaml:<line>:' in stderr:\n{stderr}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"timeline\.yaml:(\d+):")]
    private static partial Regex TimelineProblem();
}

/// <summary>A copy of knowledge/ with one line of timeline.yaml turned into a YAML syntax error.</summary>
public sealed class BrokenKnowledgeCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public BrokenKnowledgeCopy()
    {
        var knowledge = Path.Combine(_folder.Path, "knowledge");
        CopyFolder(Path.Combine(HostProcess.RepositoryRoot, "knowledge"), knowledge);
        var timeline = Path.Combine(knowledge, "timeline.yaml");
        var lines = File.ReadAllLines(timeline);
        // The fifth event's title becomes an unterminated flow sequence: a curator's typo, not a schema problem.
        var index = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("    title: ", StringComparison.Ordinal)).Skip(4).First().i;
        lines[index] = "    title: [unclosed, \"flow";
        File.WriteAllLines(timeline, lines);
        BrokenLine = index + 1;
        Environment = new Dictionary<string, string> { ["Knowledge__Path"] = knowledge };
    }

    /// <summary>The 1-based line that was broken.</summary>
    public int BrokenLine { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose() => _folder.Dispose();

    internal static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
