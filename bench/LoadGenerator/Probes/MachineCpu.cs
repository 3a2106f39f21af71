using System.Globalization;

namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>
/// Busy CPU seconds of the whole machine from <c>/proc/stat</c>. On a shared 2-core machine, the busy time the
/// server and the load generator do not account for is other work competing with the measurement.
/// </summary>
public static class MachineCpu
{
    public static double BusySeconds()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
            var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            return (ticks.Sum() - ticks[3] - ticks[4]) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
