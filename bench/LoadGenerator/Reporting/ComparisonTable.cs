using System.Text;
using System.Text.Json;
using static ChatBot.Bench.LoadGenerator.Reporting.TextReport;

namespace ChatBot.Bench.LoadGenerator.Reporting;

/// <summary>
/// One table of several runs measured in the same session: per concurrency level, each row's throughput as a
/// multiple of the first row (the bound) and of the row labelled <c>seed</c>, and its p99 as a fraction of the
/// seed's. CPU figures say who used the machine: the server per turn, the load generator per turn, and other
/// processes in seconds (2 cores give at most 2 CPU-seconds per second). A row given as <c>LABEL=unavailable:REASON</c>
/// is printed with its reason.
/// </summary>
public static class ComparisonTable
{
    public const string SeedLabel = "seed";

    public static string Build(IReadOnlyList<string> rows, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var runs = new List<(string Label, RunReport? Report, string? Missing)>();
        foreach (var row in rows)
        {
            var (label, source) = row.Split('=', 2) is [var l, var s]
                ? (l, s)
                : throw new ArgumentException($"'{row}' is not LABEL=FILE.json or LABEL=unavailable:REASON.");
            runs.Add(source.StartsWith("unavailable:", StringComparison.Ordinal)
                ? (label, null, source["unavailable:".Length..])
                : (label, JsonSerializer.Deserialize<RunReport>(File.ReadAllBytes(source), json), null));
        }

        var bound = runs.FirstOrDefault(r => r.Report is not null).Report;
        var seed = runs.FirstOrDefault(r => r.Label == SeedLabel).Report;
        var levels = runs.Where(r => r.Report is not null).SelectMany(r => r.Report!.Levels.Select(l => l.Users))
            .Distinct().Order().ToList();

        var text = new StringBuilder();
        text.AppendLine(Invariant(
            $"{"row",-12} {"users",5} {"turns/s",8} {"p50ms",7} {"p95ms",7} {"p99ms",7} {"maxms",7} {"errors",6} ")
            + Invariant($"{"x bound",7} {"x seed",7} {"p99/seed",8} {"redis-cmd/turn",14} {"redis-B/conv",12} ")
            + Invariant($"{"rows written/expected",21} ")
            + Invariant($"{"rows/insert",11} {"peak-RSS-MiB",12} {"CPU-ms/turn",11} {"loadgen-ms/turn",15} ")
            + Invariant($"{"services-ms/turn",16} {"other-CPU-s",11}"));
        foreach (var users in levels)
        {
            foreach (var (label, report, missing) in runs)
            {
                if (report is null)
                {
                    text.AppendLine(Invariant($"{label,-12} {users,5} unavailable: {missing}"));
                    continue;
                }

                var level = report.Levels.FirstOrDefault(l => l.Users == users);
                if (level is null)
                {
                    continue;
                }

                var atBound = bound?.Levels.FirstOrDefault(l => l.Users == users);
                var atSeed = seed?.Levels.FirstOrDefault(l => l.Users == users);
                text.AppendLine(Invariant(
                    $"{label,-12} {users,5} {level.TurnsPerSecond,8:F1} {level.P50Ms,7:F1} {level.P95Ms,7:F1} ")
                    + Invariant($"{level.P99Ms,7:F1} {level.MaxMs,7:F1} {level.ErrorCount,6} ")
                    + Invariant($"{Ratio(level.TurnsPerSecond, atBound?.TurnsPerSecond),7} ")
                    + Invariant($"{Ratio(level.TurnsPerSecond, atSeed?.TurnsPerSecond),7} ")
                    + Invariant($"{Ratio(level.P99Ms, atSeed?.P99Ms),8} ")
                    + Invariant($"{Opt(level.RedisCommandsPerTurn, "F2"),14} ")
                    + Invariant($"{Opt(level.RedisBytesPerIdleConversation, "F0"),12} ")
                    + Invariant($"{Rows(level),21} {Opt(level.RowsPerInsert, "F1"),11} ")
                    + Invariant($"{Opt(level.PeakRssMiB, "F0"),12} {Opt(level.ServerCpuMsPerTurn, "F3"),11} ")
                    + Invariant($"{level.LoadGeneratorCpuMsPerTurn,15:F3} ")
                    + Invariant($"{Opt(level.ServicesCpuMsPerTurn, "F3"),16} {Opt(level.OtherCpuSeconds, "F1"),11}")
                    + Errors(level));
            }
        }

        return text.ToString();
    }

    private static string Ratio(double value, double? reference) =>
        reference is null or 0 ? "-" : Invariant($"{value / reference.Value:F2}");
}
