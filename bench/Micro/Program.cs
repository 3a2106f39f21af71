using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*'   (BenchmarkDotNet's own options; README "Benchmarks")
// In-process by default: the generated-project toolchain rebuilds a copy of this project, which does not carry
// the solution's Bot Framework recipe (eng/BotFramework.targets), and looks for a project named after the assembly.
string[] options = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Bench.Micro.ActivitySerializationBenchmarks).Assembly).Run(options);
