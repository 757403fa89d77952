using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace Bot.Benchmarks;

/// <summary>
/// Latency per answer, not throughput: one call per measured iteration, so the percentiles are those of single
/// answers (BenchmarkDotNet's usual iterations average thousands of calls, which hides the tail), and no
/// outlier removal, so a GC pause or a noisy neighbour on the shared machine shows up in P99 and Max.
/// </summary>
public sealed class PerCallLatencyConfig : ManualConfig
{
    public const int Iterations = 2000;

    public PerCallLatencyConfig()
    {
        AddJob(Job.Default
            .WithId("PerCall")
            .WithLaunchCount(1)
            .WithWarmupCount(200)
            .WithIterationCount(Iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddDiagnoser(MemoryDiagnoser.Default);
        // The generated project builds the whole solution's dependencies; on the shared 2-core VM under other builds that
        // took more than BenchmarkDotNet's default 2 minutes and the run stopped before measuring anything.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.P100);
    }
}
