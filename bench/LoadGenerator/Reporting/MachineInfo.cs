namespace ChatBot.Bench.LoadGenerator.Reporting;

/// <summary>The machine the figures come from: core count and CPU model, as <c>nproc</c> and lscpu show them.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var model = "unknown CPU";
        try
        {
            model = File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?
                .Split(':', 2)[1].Trim() ?? model;
        }
        catch (IOException)
        {
            // Not Linux: the core count alone still says something.
        }

        return $"nproc={Environment.ProcessorCount}, {model}";
    }
}
