using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Timebank.Bench.Micro -- --filter '*'   (add --job dry for a quick smoke)
BenchmarkSwitcher.FromAssembly(typeof(Timebank.Bench.Micro.LedgerBookBenchmarks).Assembly).Run(args);
