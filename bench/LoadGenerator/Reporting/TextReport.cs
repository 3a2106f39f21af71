using System.Globalization;
using System.Text;

namespace ChatBot.Bench.LoadGenerator.Reporting;

/// <summary>The human-readable forms: one line per level, and the comparison table of several runs.</summary>
public static class TextReport
{
    public const string Header =
        "users  turns/s   p50ms   p95ms   p99ms   maxms  errors  redis-cmd/turn  rows written/expected  rows/insert  "
        + "peak-RSS-MiB  server-CPU-ms/turn";

    public static string Line(LevelResult level)
    {
        ArgumentNullException.ThrowIfNull(level);

        return Invariant(
            $"{level.Users,5} {level.TurnsPerSecond,8:F1} {level.P50Ms,7:F1} {level.P95Ms,7:F1} {level.P99Ms,7:F1} ")
            + Invariant($"{level.MaxMs,7:F1} {level.ErrorCount,7}  {Opt(level.RedisCommandsPerTurn, "F2"),14}  ")
            + Invariant($"{Rows(level),21}  {Opt(level.RowsPerInsert, "F1"),11}  {Opt(level.PeakRssMiB, "F0"),12}  ")
            + Invariant($"{Opt(level.ServerCpuMsPerTurn, "F3"),18}")
            + Errors(level);
    }

    /// <summary>The whole run as text: what was loaded, the pool, and one line per level.</summary>
    public static string Describe(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var text = new StringBuilder()
            .AppendLine(Invariant($"{report.Label}: {report.Target} at {report.Url} ({report.Machine})"))
            .AppendLine(Invariant($"pool: {report.PoolKept} of {report.PoolCandidates} phrasings kept, ")
                + Invariant($"{report.PoolSuffixSafe} usable with a unique suffix; mix {report.Mix}"));
        foreach (var dropped in report.PoolDropped.Take(5))
        {
            text.AppendLine(Invariant($"  left out (answered otherwise when quiet): {dropped}"));
        }

        text.AppendLine(Header);
        foreach (var level in report.Levels)
        {
            text.AppendLine(Line(level));
            if (level.RedisKeys is { Count: > 0 } keys)
            {
                var perClass = keys.Select(k =>
                    Invariant($"{k.Key} {k.Value.Keys} keys {k.Value.Bytes / 1024:F0} KiB"));
                text.AppendLine(
                    Invariant($"      redis keys: {level.RedisBytesPerIdleConversation:F0} B per idle conversation; ")
                    + string.Join(", ", perClass));
            }

            foreach (var sample in level.ErrorSamples.Take(5))
            {
                text.AppendLine("      error " + sample);
            }
            if (level.RedisCommands is { Count: > 0 } commands)
            {
                text.AppendLine("      redis: " + string.Join(", ", commands.Take(8).Select(c => Invariant(
                    $"{c.Key} {(double)c.Value / Math.Max(1, level.ActivitiesSent):F2}"))) + " per turn");
            }
        }

        return text.ToString();
    }

    internal static string Opt(double? value, string format) =>
        value is null ? "-" : value.Value.ToString(format, CultureInfo.InvariantCulture);

    internal static string Rows(LevelResult level) =>
        level.TranscriptRowsWritten is null ? "-"
            : Invariant($"{level.TranscriptRowsWritten}/{level.TranscriptRowsExpected}");

    internal static string Errors(LevelResult level) =>
        level.ErrorCount == 0
            ? string.Empty
            : "  [" + string.Join(", ", level.Errors.OrderByDescending(e => e.Value)
                .Select(e => Invariant($"{e.Key} {e.Value}"))) + "]";

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
