using System.Diagnostics;
using System.Globalization;

namespace ChatBot.Answers.Benchmarks;

/// <summary>
/// Per-call latency percentiles, which BenchmarkDotNet does not report (its statistics are over iteration
/// means): times every single answer after a warm-up and prints p50, p99 and max of wall-clock time and, on
/// Linux, of the thread's CPU time (wall-clock tails on a shared machine are mostly other processes' turns).
/// </summary>
internal static class LatencyPercentiles
{
    public static async Task RunAsync(int entries, int calls)
    {
        var engine = AnswerLatencyBenchmarks.CreateEngine(entries);
        var questions = Questions.Load();
        for (var i = 0; i < 5_000; i++)
        {
            await engine.AnswerAsync(new AnswerRequest(questions[i % questions.Length]));
        }

        var wall = new double[calls];
        var cpu = new double[calls];
        var gcs = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var cpuStarted = ThreadCpuClock.IsSupported ? ThreadCpuClock.NowMilliseconds() : 0;
            var started = Stopwatch.GetTimestamp();
            await engine.AnswerAsync(new AnswerRequest(questions[i % questions.Length]));
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu[i] = ThreadCpuClock.IsSupported ? ThreadCpuClock.NowMilliseconds() - cpuStarted : double.NaN;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entries={entries} calls={calls} "
                + $"allocated/call={(GC.GetAllocatedBytesForCurrentThread() - allocated) / calls}B "
                + $"gen0 GCs={GC.CollectionCount(0) - gcs} load={LoadAverage()}"));
        Print("wall", wall);
        Print("cpu ", cpu);
    }

    private static void Print(string name, double[] samples)
    {
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50={At(samples, 0.50):F3}ms p99={At(samples, 0.99):F3}ms p99.9={At(samples, 0.999):F3}ms "
                + $"max={samples[^1]:F3}ms"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double At(double[] sorted, double quantile) =>
        sorted[(int)Math.Ceiling(quantile * sorted.Length) - 1];
}
