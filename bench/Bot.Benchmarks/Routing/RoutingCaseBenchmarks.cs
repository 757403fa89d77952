using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Answers;

namespace Bot.Benchmarks.Routing;

/// <summary>
/// Each question of <see cref="RoutingCases"/> answered by the production router with hybrid retrieval, one call per measured
/// iteration (P50 = Median, P99 columns). Targets: fixed intents P99 &lt; 1 ms, free-form P99 &lt; 30 ms. <c>routing-p99</c>
/// (<see cref="RoutingP99"/>) times the same cases interleaved in one process, and also without a retriever.
/// </summary>
[Config(typeof(PerCallLatencyConfig))]
[GcServer(true)] // as Bot.Host runs
public class RoutingCaseBenchmarks
{
    private RoutingHost _host = null!;

    public static IEnumerable<RoutingCase> Cases => RoutingCases.All;

    [ParamsSource(nameof(Cases))]
    public RoutingCase Case { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = RoutingHost.Start(RoutingP99.StoragePath());
        _host.CheckRoutes([Case]);

        // Steady state (tiered JIT), as in a bot that has been up a while.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            RoutingHost.Ask(_host.Hybrid, Case).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "route")]
    public Task<Answer> Route() => RoutingHost.Ask(_host.Hybrid, Case);

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();
}
