using BenchmarkDotNet.Running;
using ChatBot.Answers.Benchmarks;

// "--percentiles [entries] [calls]" prints per-call p50/p99/max; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--percentiles")
{
    var entries = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var calls = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    await LatencyPercentiles.RunAsync(entries, calls);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnswerLatencyBenchmarks).Assembly).Run(args);
