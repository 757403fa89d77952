using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using Bot.Host.Evaluation;
using Bot.Infrastructure.Retrieval;

namespace Bot.Benchmarks.Retrieval;

/// <summary>
/// <c>retrieval-report</c>: BM25-only vs dense-only vs hybrid in one run, printed as Markdown tables —
/// accuracy on the evaluation set (the <c>ask</c> path, graded as <c>eval</c> grades), retrieval latency over the calls that
/// set makes (Stopwatch, in-process, warm index, modes interleaved so a noisy neighbour hits all three alike), and cold start
/// of a fresh <c>Bot.Host ask</c> process with a warm embedding cache, with its peak memory. A benchmark tool, not a test.
/// </summary>
public static class RetrievalReport
{
    private static readonly RetrievalMode[] Modes = [RetrievalMode.Hybrid, RetrievalMode.Lexical, RetrievalMode.Dense];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var root = RepositoryPaths.Root();
        var evalFile = options.EvalFile ?? Path.Combine(root, "eval", "questions.jsonl");
        var hostDll = options.HostDll ?? Path.Combine(root, "src", "Bot.Host", "bin", BuildConfiguration, "net10.0", "Bot.Host.dll");
        var work = Directory.CreateTempSubdirectory("bot-retrieval-report-");
        var started = Stopwatch.StartNew();
        var loadBefore = LoadAverage();
        Console.Error.WriteLine($"retrieval-report: working in {work.FullName}");

        var cases = EvalCase.ReadAll(evalFile);
        ModeHost.ConfigureEnvironment(Path.Combine(work.FullName, "inprocess.db"), quiet: false);

        // 1. Hosts, one per mode. Hybrid first: it embeds every passage into the (empty) cache; the others read it.
        var hosts = new List<ModeHost>();
        var startup = new Dictionary<RetrievalMode, double>();
        try
        {
            foreach (var mode in Modes)
            {
                var t = Stopwatch.GetTimestamp();
                hosts.Add(await ModeHost.StartAsync(mode));
                startup[mode] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }

            // 2. Accuracy.
            var results = new Dictionary<RetrievalMode, List<EvalResult>>();
            foreach (var host in hosts)
            {
                results[host.Mode] = await host.EvaluateAsync(cases);
            }

            // Routing happens before retrieval, so every mode must have sent the same questions to the retriever.
            var calls = hosts[0].Recorder.Calls.ToList();
            foreach (var host in hosts.Skip(1))
            {
                if (!host.Recorder.Calls.SequenceEqual(calls))
                {
                    Console.Error.WriteLine($"warning: {host.Mode} made different retrieval calls from {hosts[0].Mode}; latency uses {hosts[0].Mode}'s");
                }
            }

            // 3. Latency: the calls the free-form intent made (the exact path), then every eval question's raw text as a query
            //    (a wider mix: Korean, Japanese, typos, garbage, long), on the same warm indexes.
            var maxPassages = calls.Count > 0 ? calls[0].MaxPassages : 5;
            var everyQuestion = cases.Select(c => new RetrievalCall(c.Question, maxPassages)).ToList();
            var freeFormLatency = await MeasureAsync(hosts, calls, options.Reps);
            var everyQuestionLatency = await MeasureAsync(hosts, everyQuestion, options.AllReps);

            var inProcessPeak = VmHwmKb(Environment.ProcessId);
            foreach (var host in hosts)
            {
                host.Dispose();
            }

            hosts.Clear();

            // 4. Cold start: fresh processes against one new database; the first fills the cache, the next ones find it warm.
            var cold = await ColdStartAsync(hostDll, root, Path.Combine(work.FullName, "coldstart.db"), options);

            Print(options, cases.Count, results, calls, freeFormLatency, everyQuestionLatency, startup, cold, inProcessPeak, loadBefore, LoadAverage(),
                started.Elapsed, evalFile, hostDll);
            return 0;
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }

            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Three warm-up passes, then every call × <paramref name="reps"/> per mode, modes interleaved per call with their order rotated per rep.</summary>
    private static async Task<Latency> MeasureAsync(List<ModeHost> hosts, List<RetrievalCall> calls, int reps)
    {
        foreach (var host in hosts)
        {
            for (var w = 0; w < 3; w++)
            {
                foreach (var call in calls)
                {
                    await host.Retriever.RetrieveAsync(call.Text, call.MaxPassages, CancellationToken.None);
                }
            }
        }

        var samples = hosts.ToDictionary(h => h.Mode, _ => new List<double>(calls.Count * reps));
        var clock = Stopwatch.StartNew();
        for (var rep = 0; rep < reps; rep++)
        {
            var order = hosts.Skip(rep % hosts.Count).Concat(hosts.Take(rep % hosts.Count)).ToList();
            foreach (var call in calls)
            {
                foreach (var host in order)
                {
                    var t = Stopwatch.GetTimestamp();
                    await host.Retriever.RetrieveAsync(call.Text, call.MaxPassages, CancellationToken.None);
                    samples[host.Mode].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }
        }

        foreach (var s in samples.Values)
        {
            s.Sort();
        }

        return new Latency(calls.Count, reps, samples, clock.Elapsed.TotalSeconds);
    }

    private static async Task<List<ColdRun>> ColdStartAsync(string hostDll, string root, string storage, Options options)
    {
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"{hostDll} is missing: build src/Bot.Host in {BuildConfiguration} (building this project does) or pass --host-dll", hostDll);
        }

        var runs = new List<ColdRun>();
        for (var i = 0; i <= options.WarmRuns; i++)
        {
            var run = await AskOnceAsync(hostDll, root, storage, options.Question);
            if (run.Intent != Bot.Core.Routing.IntentNames.FreeForm || run.Outcome != "answer")
            {
                throw new InvalidOperationException($"cold-start question \"{options.Question}\" got {run.Intent}/{run.Outcome}; pick one the free-form path answers");
            }

            runs.Add(run with { CacheWarm = i > 0 });
        }

        return runs;
    }

    /// <summary><c>dotnet Bot.Host.dll ask --json "…"</c> in a fresh process: time to the answer line, to exit, and peak RSS (VmHWM, polled).</summary>
    private static async Task<ColdRun> AskOnceAsync(string hostDll, string root, string storage, string question)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { hostDll, "ask", "--json", question })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["Storage__Path"] = storage;
        psi.Environment["Knowledge__Path"] = Path.Combine(root, "knowledge");
        foreach (var unset in new[] { "Llm__Endpoint", "Llm__Model", "Retrieval__Mode", "Logging__LogLevel__Bot" })
        {
            psi.Environment.Remove(unset);
        }

        var answered = new TaskCompletionSource<(string Line, double Ms)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                answered.TrySetResult((e.Data, clock.Elapsed.TotalMilliseconds));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, VmHwmKb(process.Id));
            await Task.Delay(5);
        }

        await process.WaitForExitAsync();
        var exitMs = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0 || !answered.Task.IsCompleted)
        {
            throw new InvalidOperationException($"ask exited with {process.ExitCode} and {(answered.Task.IsCompleted ? "an" : "no")} answer");
        }

        var (line, answerMs) = await answered.Task;
        using var json = JsonDocument.Parse(line);
        return new ColdRun(false, answerMs, exitMs, json.RootElement.GetProperty("elapsedMs").GetDouble(), peak,
            json.RootElement.GetProperty("intent").GetString() ?? "", json.RootElement.GetProperty("outcome").GetString() ?? "");
    }

    private static void Print(Options options, int caseCount, Dictionary<RetrievalMode, List<EvalResult>> results, List<RetrievalCall> calls,
        Latency freeFormLatency, Latency everyQuestionLatency, Dictionary<RetrievalMode, double> startup, List<ColdRun> cold,
        long inProcessPeakKb, string loadBefore, string loadAfter, TimeSpan total, string evalFile, string hostDll)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"## Retrieval report ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC (this process). Load average (1/5/15 min) before: {loadBefore}; after: {loadAfter}.");
        Console.WriteLine($"Eval set: {Path.GetFileName(evalFile)}, {caseCount} questions. Host for cold start: {hostDll}.");
        Console.WriteLine();

        Console.WriteLine("### Accuracy (same path as `ask`; graded by EvalGrader)");
        Console.WriteLine();
        Console.WriteLine("| Mode | Overall | Free-form only | Free-form answered / declined |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var mode in Modes)
        {
            var r = results[mode];
            var ff = r.Where(x => x.IsFreeForm).ToList();
            Console.WriteLine(string.Create(inv,
                $"| {Name(mode)} | {r.Count(x => x.Passed)}/{r.Count} = {Pct(r.Count(x => x.Passed), r.Count)} | {ff.Count(x => x.Passed)}/{ff.Count} = {Pct(ff.Count(x => x.Passed), ff.Count)} | {ff.Count(x => x.Outcome == Bot.Core.Answers.Outcome.Answer)} / {ff.Count(x => x.Outcome != Bot.Core.Answers.Outcome.Answer)} |"));
        }

        var freeFormSets = Modes.Select(m => string.Join('\n', results[m].Where(x => x.IsFreeForm).Select(x => x.Case.Question))).Distinct().Count();
        Console.WriteLine();
        Console.WriteLine(freeFormSets == 1
            ? "The same questions reached the free-form intent in every mode (routing precedes retrieval)."
            : "warning: different questions reached the free-form intent in different modes.");
        Console.WriteLine();

        Console.WriteLine("By category (passed/total):");
        Console.WriteLine();
        Console.WriteLine($"| Category | {string.Join(" | ", Modes.Select(Name))} |");
        Console.WriteLine($"|---|{string.Concat(Modes.Select(_ => "---:|"))}");
        foreach (var category in results[Modes[0]].Select(x => x.Case.Category).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {category} | {string.Join(" | ", Modes.Select(m => $"{results[m].Count(x => x.Case.Category == category && x.Passed)}/{results[m].Count(x => x.Case.Category == category)}"))} |");
        }

        Console.WriteLine();
        Console.WriteLine("Questions whose result differs between modes (free-form):");
        Console.WriteLine();
        for (var i = 0; i < caseCount; i++)
        {
            var row = Modes.Select(m => results[m][i]).ToList();
            if (row.Select(x => x.Passed).Distinct().Count() > 1)
            {
                Console.WriteLine($"- `{row[0].Case.Question}` [{row[0].Case.Category}]: {string.Join(", ", row.Select((x, j) => $"{Name(Modes[j])} {(x.Passed ? "pass" : "FAIL (" + string.Join("; ", x.Failures) + ")")}"))}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("### Retrieval latency (in-process, warm index, modes interleaved)");
        Console.WriteLine();
        PrintLatency(freeFormLatency, "the free-form intent's calls during the eval run (the `ask` path's retrieval)");
        PrintLatency(everyQuestionLatency, "every eval question's raw text as a query (wider mix, incl. Korean/Japanese/typos/garbage)");

        Console.WriteLine("In-process host start (build host, load knowledge, build the index, load the model) in this run: " +
            string.Join("; ", Modes.Select(m => string.Create(inv, $"{Name(m)} {startup[m]:0} ms"))) +
            " (hybrid first, embedding every passage into an empty cache; the others read it).");
        Console.WriteLine();

        Console.WriteLine($"### Cold start: `dotnet Bot.Host.dll ask --json \"{options.Question}\"` in a fresh process");
        Console.WriteLine();
        Console.WriteLine("| Run | Embedding cache | Time to answer (process start → answer line) | Process exit | elapsedMs (in-process, first question) | Peak RSS (VmHWM) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        for (var i = 0; i < cold.Count; i++)
        {
            var c = cold[i];
            Console.WriteLine(string.Create(inv,
                $"| {i + 1} | {(c.CacheWarm ? "warm" : "empty (embeds all)")} | {c.AnswerMs:0} ms | {c.ExitMs:0} ms | {c.ElapsedMs:0} ms | {c.PeakKb / 1024.0:0} MB |"));
        }

        var warm = cold.Where(c => c.CacheWarm).Select(c => c.AnswerMs).Order().ToList();
        if (warm.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(inv,
                $"Warm-cache cold start: median {warm[warm.Count / 2]:0} ms, worst {warm[^1]:0} ms (target < 3000 ms); peak RSS worst {cold.Where(c => c.CacheWarm).Max(c => c.PeakKb) / 1024.0:0} MB."));
        }

        Console.WriteLine(string.Create(inv,
            $"Peak RSS of this report process (three hosts, two MiniLM sessions, Lucene): {inProcessPeakKb / 1024.0:0} MB. Total report time {total.TotalSeconds:0} s."));
    }

    private static void PrintLatency(Latency latency, string what)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{latency.Calls} calls × {latency.Reps} reps per mode: {what}; {latency.Seconds:0.0} s."));
        Console.WriteLine();
        Console.WriteLine("| Mode | Samples | Mean | P50 | P90 | P99 | Max |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var mode in Modes)
        {
            var s = latency.Samples[mode];
            Console.WriteLine(string.Create(inv,
                $"| {Name(mode)} | {s.Count} | {s.Average():0.00} ms | {Percentile(s, 50):0.00} ms | {Percentile(s, 90):0.00} ms | {Percentile(s, 99):0.00} ms | {s[^1]:0.00} ms |"));
        }

        Console.WriteLine();
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Pct(int n, int of) => of == 0 ? "n/a" : (100.0 * n / of).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Name(RetrievalMode mode) => mode switch
    {
        RetrievalMode.Lexical => "BM25 only",
        RetrievalMode.Dense => "dense only",
        _ => "hybrid",
    };

    private static long VmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between two polls.
        }

        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private sealed record Latency(int Calls, int Reps, Dictionary<RetrievalMode, List<double>> Samples, double Seconds);

    private sealed record ColdRun(bool CacheWarm, double AnswerMs, double ExitMs, double ElapsedMs, long PeakKb, string Intent, string Outcome);

    private sealed record Options(int Reps, int AllReps, int WarmRuns, string Question, string? EvalFile, string? HostDll)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(100, 10, 3, "why did japan and korea fall out in 2019", null, null);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                o = args[i] switch
                {
                    "--reps" => o with { Reps = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--all-reps" => o with { AllReps = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--warm-runs" => o with { WarmRuns = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--question" => o with { Question = args[i + 1] },
                    "--eval" => o with { EvalFile = args[i + 1] },
                    "--host-dll" => o with { HostDll = args[i + 1] },
                    _ => throw new ArgumentException($"unknown option {args[i]} (--reps N, --all-reps N, --warm-runs N, --question TEXT, --eval FILE, --host-dll PATH)"),
                };
            }

            return o;
        }
    }
}
