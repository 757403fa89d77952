using BenchmarkDotNet.Running;
using Bot.Benchmarks.Retrieval;

// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*FixedIntentBenchmarks*'   (see docs/performance.md)
// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*RetrievalBenchmarks*'
// dotnet run -c Release --project bench/Bot.Benchmarks -- retrieval-report [--reps 100] [--all-reps 10]   (accuracy, latency and cold start per retrieval mode)
if (args is ["retrieval-report", .. var rest])
{
    return await RetrievalReport.RunAsync(rest);
}

// dotnet run -c Release --project bench/Bot.Benchmarks -- routing-p99 [--reps 2000] [--warm-up 200] [--case NAME] [--router routing|hybrid|both]   (P50/P99 per question, see docs/performance.md)
// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*RoutingCaseBenchmarks*'   (the same cases in BenchmarkDotNet)
if (args is ["routing-p99", .. var routingArgs])
{
    return Bot.Benchmarks.Routing.RoutingP99.Run(routingArgs);
}

// dotnet run -c Release --project bench/Bot.Benchmarks -- report-1m [--entries N] [--runs N] [--db PATH] [--no-stream]   (curator report over a million log entries, see docs/performance.md)
if (args is ["report-1m", .. var reportArgs])
{
    return await Bot.Benchmarks.Reporting.ReportMillion.RunAsync(reportArgs);
}

// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord [--url U] [--seconds N] [--concurrency N]   (a running `serve`)
if (args.Length > 0 && args[0] == "load-discord")
{
    return await Bot.Benchmarks.Load.DiscordLoad.RunAsync(args[1..]);
}

// dotnet run -c Release --project bench/Bot.Benchmarks -- load-serve [--seconds N] [--discord N] [--slack N]   (starts serve itself)
//     [--providers litedb,postgres] [--replicas 1,2] [--pg "<connection string>" | JKBOT_BENCH_PG]   (one table of every setup)
if (args.Length > 0 && args[0] == "load-serve")
{
    return await Bot.Benchmarks.Load.ServeLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Bot.Benchmarks.FixedIntentBenchmarks).Assembly).Run(args);
return 0;
