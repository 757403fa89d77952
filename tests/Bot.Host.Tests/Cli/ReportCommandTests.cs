using System.Text.Json;
using Bot.Core.Abstractions;
using Bot.Host.Cli;
using Bot.Host.Tests.Support;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Cli;

/// <summary><c>report</c> as an operator runs it: real process, real LiteDB file, exit codes, text and JSON.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("3651")]
    [InlineData("1.5")]
    public async Task Report_BadDays_UsageErrorNamingDays(string days)
    {
        var run = await HostProcess.RunAsync(_temp, ["report", "--days", days], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("--days", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"'{days}'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData(null, ReportCommand.DefaultDays)]
    [InlineData("3650", 3650)]
    public void ParseDays_GoodValues_Parsed(string? value, int expected)
    {
        Assert.Equal(expected, ReportCommand.ParseDays(value, out var error));
        Assert.Null(error);
    }

    [Fact]
    public async Task Report_EmptyStore_SaysNoQuestionsAndJsonHasZeros()
    {
        var text = await HostProcess.RunAsync(_temp, ["report", "--days", "5"], environment: HostProcess.WithoutEmbeddings);
        var json = await HostProcess.RunAsync(_temp, ["report", "--days", "5", "--json"], environment: HostProcess.WithoutEmbeddings);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("No questions in the last 5 days.", text.Stdout, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var root = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(0, root.GetProperty("questions").GetInt32());
        Assert.Equal(6, root.GetProperty("perDay").GetArrayLength());
        Assert.Equal(0, root.GetProperty("gaps").GetArrayLength());
        Assert.Equal(0, root.GetProperty("feedback").GetProperty("down").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("p95AnswerMs").ValueKind);
    }

    [Fact]
    public async Task Report_SeededLog_JsonHasTheContractShapeAndValidTextForHostileQuestions()
    {
        var now = DateTimeOffset.UtcNow;
        var hostile = "<script>alert(\"x\")</script>\n\u0007" + new string('가', 980) + " \\ end";
        Seed(now, [
            new(now.AddHours(-1), "discord", "What is GSOMIA?", "free-form", "decline", 3, "c", "A1", 0.3, null),
            new(now.AddHours(-2), "slack", "gsomia", "free-form", "decline", 4, "c", "A2", 0.3, null),
            new(now.AddHours(-3), "slack", hostile, "free-form", "decline", 5, "c", "A3", 0.3, null),
            new(now.AddHours(-4), "discord", "korea imports from japan 2011", "statistic", "answer", 1, "c", "A4", 0.95, "series:kr-imports-from-japan"),
        ], voteDown: "A4", voter: "U-secret-voter");

        var run = await HostProcess.RunAsync(_temp, ["report", "--days", "2", "--json"], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("U-secret-voter", run.Stdout, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        foreach (var name in new[] { "from", "to", "questions", "byOutcome", "byPlatform", "byIntent", "perDay", "p95AnswerMs", "top", "gaps", "feedback" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"missing {name}");
        }

        Assert.Equal(4, root.GetProperty("questions").GetInt32());
        Assert.Equal(3, root.GetProperty("byOutcome").GetProperty("decline").GetInt32());
        var gaps = root.GetProperty("gaps").EnumerateArray().ToList();
        Assert.Equal(3, gaps.Count);
        var gsomia = gaps[0];
        Assert.Equal(2, gsomia.GetProperty("count").GetInt32());
        Assert.Equal("What is GSOMIA?", gsomia.GetProperty("example").GetString());
        Assert.Equal("decline", gsomia.GetProperty("outcome").GetString());
        Assert.Equal("free-form", gsomia.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Array, gsomia.GetProperty("closest").ValueKind);
        Assert.True(gsomia.TryGetProperty("lastAsked", out _));
        Assert.True(gsomia.TryGetProperty("topic", out _));
        Assert.Contains(gaps, g => g.GetProperty("example").GetString() == hostile);
        var voted = Assert.Single(gaps, g => g.GetProperty("outcome").GetString() == "voted-down");
        Assert.Equal("series:kr-imports-from-japan", voted.GetProperty("topic").GetString());
        var feedback = root.GetProperty("feedback");
        Assert.Equal(1, feedback.GetProperty("down").GetInt32());
        Assert.Equal(1, feedback.GetProperty("reasons").GetProperty("outdated").GetInt32());
        var comment = Assert.Single(feedback.GetProperty("comments").EnumerateArray());
        Assert.Equal("korea imports from japan 2011", comment.GetProperty("question").GetString());
    }

    [Fact]
    public async Task Report_SeededLog_TextShowsSectionsAndNoControlCharacters()
    {
        var now = DateTimeOffset.UtcNow;
        Seed(now, [
            new(now.AddHours(-1), "discord", "What is GSOMIA?\u001b[31m", "free-form", "decline", 3),
            new(now.AddHours(-2), "slack", "korea imports from japan 2011", "statistic", "answer", 1, Confidence: 0.95),
        ]);

        var run = await HostProcess.RunAsync(_temp, ["report", "--days", "1"], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Questions: 2 (answer 1, decline 1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("By platform: discord 1, slack 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Top questions", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1× \"What is GSOMIA? [31m\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    public void Dispose() => _temp.Dispose();

    private void Seed(DateTimeOffset now, IReadOnlyList<QueryLogEntry> entries, string? voteDown = null, string? voter = null)
    {
        var options = Options.Create(new StorageOptions { Path = _temp.DatabasePath });
        using var db = new LiteDbContext(options);
        new LiteDbQueryLog(db, options, NullLogger<LiteDbQueryLog>.Instance).RecordMany(entries);
        if (voteDown is not null)
        {
            var feedback = new LiteDbFeedbackStore(db, new FixedTime(now), NullLogger<LiteDbFeedbackStore>.Instance);
            feedback.Record("discord", voteDown, voter!, helpful: false);
            Assert.True(feedback.RecordReason("discord", voteDown, voter!, "outdated", "old"));
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
