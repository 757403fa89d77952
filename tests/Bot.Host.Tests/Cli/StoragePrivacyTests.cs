using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary>The privacy switch holds in the file on disk, not only in the repository's API.</summary>
public sealed class StoragePrivacyTests
{
    [Fact]
    public async Task Ask_LogQuestionTextFalse_DatabaseKeepsTheEntryButNotTheText()
    {
        using var temp = new TempFolder();
        const string question = "When was the 1965 treaty signed? asks reader Hwang Min-ji";

        var run = await HostProcess.RunAsync(temp, ["ask", question], environment: new Dictionary<string, string>
        {
            ["Storage__LogQuestionText"] = "false",
            ["Retrieval__UseEmbeddings"] = "false",
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("22 June 1965", run.Stdout, StringComparison.Ordinal);
        Assert.NotEmpty(temp.Files());
        Assert.False(QueryLogFile.AnyFileContains(temp, question), "the question text reached a file under Storage__Path");
        Assert.False(QueryLogFile.AnyFileContains(temp, "Hwang Min-ji"), "part of the question text reached a file under Storage__Path");
        var entry = Assert.Single(QueryLogFile.Entries(temp.DatabasePath));
        Assert.Null(entry.Question);
        Assert.Equal("answer", entry.Outcome);
        Assert.False(string.IsNullOrEmpty(entry.Intent));
    }
}
