using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary>The database survives the process being killed mid-write (SIGKILL, no chance to flush or dispose).</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task KillNine_DuringBatchWrites_DatabaseReopensWithEveryAnsweredQuestionAndAcceptsWrites()
    {
        using var storage = new TempFolder();
        using var process = HostProcess.Start(storage, ["ask", "--json", "--batch"]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var feeding = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 100_000 && !cancel.IsCancellationRequested; i++)
                {
                    await process.StandardInput.WriteLineAsync($"korea imports from japan {2011 + (i % 10)}");
                }
            }
            catch (IOException)
            {
                // The pipe breaks when the child is killed: expected.
            }
        });

        // Every answer is logged before it is printed, so each line read is a committed (or committing) write.
        var answered = 0;
        while (answered < 40 && await process.StandardOutput.ReadLineAsync(cancel.Token) is not null)
        {
            answered++;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancel.Token);
        await cancel.CancelAsync();
        await feeding;

        var survived = QueryLogFile.Entries(storage.DatabasePath);
        Assert.Equal(40, answered);
        Assert.True(survived.Count >= answered, $"{survived.Count} entries survived, {answered} answers were printed");

        var after = await HostProcess.RunAsync(storage, ["ask", "what is gsomia"]);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Equal(survived.Count + 1, QueryLogFile.Entries(storage.DatabasePath).Count);
    }
}
