using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary>A setting the operator got wrong is reported as a line to act on with exit code 3, never as a stack trace.</summary>
public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task Ask_StoragePathThatCannotBeCreated_ReportsStoragePathAndExits3()
    {
        using var temp = new TempFolder();
        var blocker = Path.Combine(temp.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where Storage:Path expects a folder");

        var run = await HostProcess.RunAsync(temp, ["ask", "what is gsomia"], environment: new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(blocker, "bot.db"),
        });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Contains("Storage:Path", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task KnowledgeValidate_EmptyKnowledgePath_ReportsTheOptionAndExits3()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["knowledge", "validate"], environment: new Dictionary<string, string>
        {
            ["Knowledge__Path"] = "",
        });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Contains("KnowledgeOptions", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    private static void AssertNoStackTrace(HostRun run)
    {
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
