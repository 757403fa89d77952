using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Abstractions;
using Bot.Host.Evaluation;
using Bot.Infrastructure.Retrieval;

namespace Bot.Benchmarks.Retrieval;

/// <summary>
/// One free-form retrieval call per measured iteration, cycling through the calls our evaluation set makes (eval/questions.jsonl
/// through the real router), on a warm index, in each <see cref="RetrievalMode"/>. Target for hybrid: P99 &lt; 30 ms on 2 cores.
/// </summary>
[Config(typeof(PerCallLatencyConfig))]
[GcServer(true)] // as Bot.Host runs (Web SDK default)
public class RetrievalBenchmarks
{
    private ModeHost _host = null!;
    private RetrievalCall[] _calls = [];
    private int _next;

    [Params(RetrievalMode.Hybrid, RetrievalMode.Lexical, RetrievalMode.Dense)]
    public RetrievalMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // A fixed folder, so the passage vectors are embedded once and the three cases (separate processes) share them.
        var storage = Path.Combine(Path.GetTempPath(), "bot-retrieval-bench", "bench.db");
        Directory.CreateDirectory(Path.GetDirectoryName(storage)!);
        ModeHost.ConfigureEnvironment(storage, quiet: true);

        _host = ModeHost.StartAsync(Mode).GetAwaiter().GetResult();
        var cases = EvalCase.ReadAll(Path.Combine(RepositoryPaths.Root(), "eval", "questions.jsonl"));
        _host.EvaluateAsync(cases).GetAwaiter().GetResult();
        _calls = [.. _host.Recorder.Calls];
        if (_calls.Length == 0)
        {
            throw new InvalidOperationException("the evaluation set made no retrieval calls");
        }

        // Steady state, as in a bot that has been up a while (tiered JIT, ONNX Runtime's first runs).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            Retrieve().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "retrieve (eval-set calls, cycled)")]
    public Task<RetrievalResult> Retrieve()
    {
        var call = _calls[_next++ % _calls.Length];
        return _host.Retriever.RetrieveAsync(call.Text, call.MaxPassages, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();
}
