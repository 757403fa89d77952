using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Retrieval;
using Bot.Core.Abstractions;
using Bot.Core.Reporting;
using Bot.Host.Cli;
using Bot.Host.Composition;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks.Reporting;

/// <summary>
/// <c>report-1m</c>: fills a LiteDB file with a million query-log entries over the last 30 days (a realistic mix, ≈10 % gaps,
/// many near-duplicate texts, a long tail of unique ones, 👎 votes with reasons) and times <see cref="ICuratorReports.Build"/>(30)
/// as the CLI composes it (MiniLM clustering, hybrid retrieval for the closest entries), with the extra managed memory and
/// working set it takes, sampled every 5 ms. Targets: under 5 s and under 200 MB more. Not a timed test; exit code 1 on a miss.
/// </summary>
public static class ReportMillion
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entries = 1_000_000;
        var runs = 3;
        string? db = null;
        var stream = true;
        var clearGapVectors = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] == "--clear-gap-vectors")
            {
                // The first report ever on this file: no gap vector stored yet, every gap text embedded.
                clearGapVectors = true;
                i--;
                continue;
            }

            if (args[i] == "--no-stream")
            {
                // The stream-only pass takes as long as the old report; skip it when only the report's figures are wanted.
                stream = false;
                i--;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"report-1m: {args[i]} needs a value");
            }

            switch (args[i])
            {
                case "--entries": entries = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--db": db = args[i + 1]; break;
                default: throw new ArgumentException($"report-1m: unknown option {args[i]} (--entries N, --runs N, --db PATH, --no-stream, --clear-gap-vectors)");
            }
        }

        // A fixed file: the knowledge passages' vectors are embedded once and reused; the log is refilled when its size differs.
        // --db keeps a filled file elsewhere (one per worktree on a shared machine); it is reused while it holds --entries entries.
        var path = Path.GetFullPath(db ?? Path.Combine(Path.GetTempPath(), "bot-report-bench", "report.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ModeHost.ConfigureEnvironment(path, quiet: true);
        Environment.SetEnvironmentVariable("Logging__LogLevel__Bot.Infrastructure.Reporting", "Debug");
        using var host = CliHost.Build();
        if (CliStartup.OpenRouter(host.Services, out _) != ExitCodes.Ok)
        {
            return 1;
        }

        var now = DateTimeOffset.UtcNow;
        var log = host.Services.GetRequiredService<IQueryLogStore>();
        var fillWatch = Stopwatch.StartNew();
        var filled = SyntheticLog.FillIfNeeded(log, host.Services.GetRequiredService<IFeedbackStore>(), entries, now);
        Console.WriteLine(filled
            ? $"filled {entries:N0} entries in {fillWatch.Elapsed.TotalSeconds:F1} s ({path})"
            : $"reusing {log.Count():N0} entries in {path}");

        // Warm as a serving bot is: knowledge index built, model loaded. The report is timed, not the bot's start.
        await host.Services.GetRequiredService<HybridRetriever>().WarmUpAsync();
        var gapVectors = host.Services.GetRequiredService<IGapVectorCache>();
        if (clearGapVectors)
        {
            Console.WriteLine($"cleared {gapVectors.ForgetGapVectorsUnusedBefore(DateTimeOffset.MaxValue)} stored gap vectors");
        }
        var fileMb = new FileInfo(path).Length / 1e6;
        Console.WriteLine($"database file {fileMb:F0} MB; {Environment.ProcessorCount} cores; server GC {System.Runtime.GCSettings.IsServerGC}");

        // Where the time goes: the log stream alone (LiteDB reads and entry objects), before the whole report.
        if (stream)
        {
            var streamWatch = Stopwatch.StartNew();
            var streamed = log.Since(now.AddDays(-30)).Count();
            Console.WriteLine($"stream only: {streamed:N0} entries read in {streamWatch.Elapsed.TotalSeconds:F2} s");
        }

        var missed = false;
        for (var run = 1; run <= runs; run++)
        {
            // Cold as the CLI is (a new process per report): a fresh builder each run, so nothing is memoised in memory from the
            // run before; only what the store keeps (the gap vectors, the indexes) carries over, as it does between processes.
            var reports = ActivatorUtilities.CreateInstance<CuratorReportBuilder>(host.Services);
            Console.WriteLine($"run {run}: fresh builder; {gapVectors.CountGapVectors()} gap vectors stored");
            var (report, seconds, cpuSeconds, managedMb, workingSetMb, allocatedMb) = Measure(() => reports.Build(30));
            var distinctGapTexts = report.Gaps.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: Build(30) {seconds:F2} s wall, {cpuSeconds:F2} s process CPU, load average {LoadAverage()}; +{managedMb:F0} MB managed heap peak, +{workingSetMb:F0} MB working set peak, {allocatedMb:F0} MB allocated; "
                + $"{report.Questions:N0} questions, {distinctGapTexts} gaps listed (top: {report.Gaps.FirstOrDefault()?.Count} × \"{report.Gaps.FirstOrDefault()?.Example}\"), "
                + $"{report.Feedback.Down} 👎"));
            missed |= seconds > 5 || workingSetMb > 200;
        }

        Console.WriteLine(missed ? "MISSED a target (5 s, +200 MB)" : "within targets (5 s, +200 MB)");
        return missed ? 1 : 0;
    }

    /// <summary>The 1-minute load average (Linux), so a figure says how busy the machine was; "?" elsewhere.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    private static (CuratorReport Report, double Seconds, double CpuSeconds, double ManagedMb, double WorkingSetMb, double AllocatedMb) Measure(Func<CuratorReport> build)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var baseManaged = GC.GetTotalMemory(false);
        var baseWorkingSet = self.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        long peakManaged = baseManaged, peakWorkingSet = baseWorkingSet;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            using var me = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                me.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, me.WorkingSet64);
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                Thread.Sleep(5);
            }
        });

        // Process CPU time too: on a loaded machine wall time says more about the neighbours than about the build (the sampler's
        // own CPU, a wake-up every 5 ms, is included and small).
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var report = build();
        watch.Stop();
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        stop.Cancel();
        sampler.Wait();
        return (report, watch.Elapsed.TotalSeconds, cpuSeconds, (peakManaged - baseManaged) / 1e6, (peakWorkingSet - baseWorkingSet) / 1e6,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
    }
}
