using System.Text;
using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>ask --json --batch</c>: one JSON line per stdin line, in order, and nothing but JSON on stdout.</summary>
public sealed class AskBatchTests
{
    [Fact]
    public async Task AskJsonBatch_FiveQuestions_FiveJsonLinesInOrderAndOnlyJsonOnStdout()
    {
        using var temp = new TempFolder();
        (string Question, string Outcome, string Intent)[] expected =
        [
            ("When was the 1965 treaty signed?", "answer", "timeline"),
            ("", "clarify", "empty"),
            ("독도는 누구 땅이야?", "answer", "faq"),
            ("korea imports from japan 2011", "answer", "statistic"),
            ("what's the weather in tokyo tomorrow", "decline", "out-of-scope"),
        ];

        // Most verbose logging, so any log line that leaked to stdout would break the JSON-only check below.
        var run = await HostProcess.RunAsync(
            temp,
            ["ask", "--json", "--batch"],
            Encoding.UTF8.GetBytes(string.Concat(expected.Select(e => e.Question + "\n"))),
            new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Trace" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected.Length, run.StdoutLines.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            using var doc = JsonDocument.Parse(run.StdoutLines[i]);
            var answer = JsonContract.AssertAnswerShape(doc.RootElement);
            Assert.Equal(expected[i].Question, answer.GetProperty("question").GetString());
            Assert.Equal(expected[i].Outcome, answer.GetProperty("outcome").GetString());
            Assert.Equal(expected[i].Intent, answer.GetProperty("intent").GetString());
        }

        Assert.DoesNotContain(run.Stderr.Split('\n'), l => l.TrimStart().StartsWith('{'));
    }

    [Fact]
    public async Task AskJsonBatch_HugeAndBinaryGarbageLines_OneJsonLineEachAndExit0()
    {
        using var temp = new TempFolder();
        var huge = string.Concat(Enumerable.Repeat("korea exports to japan 2019 dokdo ", 400))[..10_000];
        var random = new Random(20250822);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        // Only line breaks are taken out: everything else (NUL, invalid UTF-8, escape sequences) stays.
        garbage = [.. garbage.Where(b => b is not (byte)'\n' and not (byte)'\r')];
        byte[] controls = [0x00, 0x01, 0xFF, 0xFE, 0xC3, 0x28, 0x1B, (byte)'[', (byte)'2', (byte)'J', 0xE2, 0x82];
        byte[] stdin = [.. Encoding.UTF8.GetBytes(huge + "\n"), .. garbage, (byte)'\n', .. controls, (byte)'\n'];

        var run = await HostProcess.RunAsync(temp, ["ask", "--json", "--batch"], stdin);

        Assert.True(run.ExitCode == 0, run.ToString()[..Math.Min(4000, run.ToString().Length)]);
        Assert.Equal(3, run.StdoutLines.Count);
        var answers = run.StdoutLines.Select(l => JsonDocument.Parse(l)).ToList();
        try
        {
            Assert.All(answers, a => JsonContract.AssertAnswerShape(a.RootElement));
            Assert.Equal(huge, answers[0].RootElement.GetProperty("question").GetString());
        }
        finally
        {
            answers.ForEach(a => a.Dispose());
        }
    }
}
