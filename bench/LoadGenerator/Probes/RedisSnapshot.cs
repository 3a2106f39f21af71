namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>Redis's own counters at one moment: calls per command, memory in use, keys.</summary>
public sealed record RedisSnapshot(IReadOnlyDictionary<string, long> Calls, long UsedMemoryBytes, long Keys)
{
    /// <summary>Commands the probe itself sends; they are not the bot's.</summary>
    private static readonly HashSet<string> ProbeCommands =
        new(StringComparer.OrdinalIgnoreCase) { "info", "dbsize", "scan", "memory" };

    /// <summary>Calls per command since <paramref name="before"/>, without the probe's own, most frequent
    /// first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> CallsSince(RedisSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);

        return Calls
            .Where(c => !ProbeCommands.Contains(c.Key))
            .Select(c => KeyValuePair.Create(c.Key, c.Value - before.Calls.GetValueOrDefault(c.Key)))
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value)
            .ToList();
    }
}
