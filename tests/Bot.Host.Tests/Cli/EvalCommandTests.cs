using System.Text.RegularExpressions;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>eval</c> over several files: per-file lines, a pooled <c>overall</c> and threshold, and the reliability table.</summary>
public sealed class EvalCommandTests
{
    // One pass and one fail (no such figure), so this set alone is at 50 %.
    private const string SetA = """
        {"question": "When was the 1965 treaty signed?", "expect": "answer", "must_include": [["1965"]], "category": "timeline"}
        {"question": "korea imports from japan 2019", "expect": "answer", "must_include": [["99.99"]], "category": "statistics", "conversation": "c1"}
        """;

    // Both pass. Its "c1" is its own thread: the follow-up has nothing to follow in this file, so it must clarify.
    private const string SetB = """
        {"question": "what's the weather in tokyo tomorrow", "expect": "decline", "category": "out-of-scope"}
        {"question": "and the year after that?", "expect": "clarify", "category": "follow-up", "conversation": "c1"}
        """;

    [Fact]
    public async Task TwoFiles_PerFileLinesPooledOverallThresholdAndReliabilityFiles()
    {
        using var temp = new TempFolder();
        var a = Write(temp, "a.jsonl", SetA);
        var b = Write(temp, "b.jsonl", SetB);
        var csv = Path.Combine(temp.Path, "out", "reliability.csv");
        var png = Path.Combine(temp.Path, "out", "reliability.png");

        // 0.7 is above set A's 50 % but below the pooled 75 %: the threshold is about the pool.
        var run = await HostProcess.RunAsync(temp, ["eval", a, b, "--min-accuracy", "0.7", "--reliability-out", csv, "--reliability-chart", png], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.StartsWith("file a.jsonl: 1/2 50.0%; confidence ≥0.9: ", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("file b.jsonl: 2/2 100.0%; confidence ≥0.9: ", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => Regex.IsMatch(l, @"^overall\s+3/4\s+75\.0%$"));
        Assert.Contains("reliability (accuracy by confidence)", run.StdoutLines);

        var bands = File.ReadAllLines(csv).Skip(1).Take(6).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, bands.Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, bands.Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public async Task OneFile_OutputAsBeforeThenTheTable_AndThresholdOnItsAccuracy()
    {
        using var temp = new TempFolder();
        var a = Write(temp, "a.jsonl", SetA);

        var run = await HostProcess.RunAsync(temp, ["eval", a, "--min-accuracy", "0.7"], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain(run.StdoutLines, l => l.StartsWith("file ", StringComparison.Ordinal));
        var overall = run.StdoutLines.ToList().FindIndex(l => Regex.IsMatch(l, @"^overall\s+1/2\s+50\.0%$"));
        Assert.True(overall > 0, run.ToString());
        Assert.Equal("reliability (accuracy by confidence)", run.StdoutLines[overall + 2]);
        Assert.Contains("below the threshold", run.Stderr);
    }

    private static string Write(TempFolder temp, string name, string jsonl)
    {
        var path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, jsonl + "\n");
        return path;
    }
}
