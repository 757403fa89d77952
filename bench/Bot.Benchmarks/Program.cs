using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*FixedIntentBenchmarks*'   (see docs/performance.md)
// dotnet run -c Release --project bench/Bot.Benchmarks -- load-discord [--url U] [--seconds N] [--concurrency N]   (a running `serve`)
if (args.Length > 0 && args[0] == "load-discord")
{
    return await Bot.Benchmarks.DiscordLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Bot.Benchmarks.FixedIntentBenchmarks).Assembly).Run(args);
return 0;
