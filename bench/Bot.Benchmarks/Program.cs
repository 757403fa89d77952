using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*FixedIntentBenchmarks*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Bot.Benchmarks.FixedIntentBenchmarks).Assembly).Run(args);
