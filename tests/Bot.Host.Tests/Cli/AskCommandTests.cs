using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>ask</c> and <c>ask --json</c> for one question, run as a real process.</summary>
public sealed class AskCommandTests
{
    private const string TreatyQuestion = "When was the 1965 treaty signed?";

    [Fact]
    public async Task Ask_TreatyQuestion_PrintsSigningDateAndLogsTheQuestion()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["ask", TreatyQuestion]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("22 June 1965", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
        // The control for the privacy test: by default the log does keep the text, in the file Storage__Path names.
        Assert.True(QueryLogFile.AnyFileContains(temp, TreatyQuestion), "the question text should be in the query log by default");
        var entry = Assert.Single(QueryLogFile.Entries(temp.DatabasePath));
        Assert.Equal(TreatyQuestion, entry.Question);
        Assert.Equal("cli", entry.Platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData(null)] // no question argument at all
    public async Task Ask_EmptyOrWhitespaceQuestion_PrintsUsageOnStderrAndExits2(string? question)
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, question is null ? ["ask"] : ["ask", question]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("usage: ask", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public async Task AskJson_OneQuestion_PrintsExactlyOneJsonLineWithTheContractFields()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["ask", "--json", TreatyQuestion], environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        var line = Assert.Single(run.StdoutLines);
        using var doc = JsonDocument.Parse(line);
        var root = JsonContract.AssertAnswerShape(doc.RootElement);
        Assert.Equal(TreatyQuestion, root.GetProperty("question").GetString());
        Assert.Equal("answer", root.GetProperty("outcome").GetString());
        Assert.Equal("timeline", root.GetProperty("intent").GetString());
        Assert.Contains("22 June 1965", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, root.GetProperty("sources").GetArrayLength());
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("date").GetString() == "1965-06-22");
    }

    [Theory]
    // The question's script decides the answer language, and --json says which it is.
    [InlineData(new[] { "ask", "--json", "日韓基本条約はいつ署名された？" }, "ja", "1965年6月22日")]
    [InlineData(new[] { "ask", "--json", "한일기본조약 언제 서명됐어?" }, "ko", "1965년 6월 22일")]
    [InlineData(new[] { "ask", "--json", TreatyQuestion }, "en", "22 June 1965")]
    // --lang forces it, whatever the script.
    [InlineData(new[] { "ask", "--json", "--lang", "ko", TreatyQuestion }, "ko", "1965년 6월 22일")]
    [InlineData(new[] { "ask", "--json", "--lang", "en", "日韓基本条約はいつ署名された？" }, "en", "22 June 1965")]
    public async Task AskJson_AnswerLanguage_ScriptOrLangOption(string[] args, string lang, string date)
    {
        using var temp = new TempFolder();

        // The language of the answer is the subject; the timeline answers the date without the embedding model.
        var run = await HostProcess.RunAsync(temp, args, environment: HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(Assert.Single(run.StdoutLines));
        var root = JsonContract.AssertAnswerShape(doc.RootElement);
        Assert.Equal(lang, root.GetProperty("lang").GetString());
        Assert.Contains(date, root.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnknownLang_PrintsUsageAndExits2()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["ask", "--lang", "fr", TreatyQuestion]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("usage: --lang", run.Stderr, StringComparison.Ordinal);
    }
}
