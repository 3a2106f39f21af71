using System.Globalization;
using StackExchange.Redis;

namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>Reads <c>INFO commandstats</c>, <c>INFO memory</c> and <c>DBSIZE</c> from the Redis the bot uses.</summary>
public sealed class RedisProbe : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _connection;
    private readonly IServer _server;

    private RedisProbe(ConnectionMultiplexer connection)
    {
        _connection = connection;
        _server = connection.GetServers()[0];
    }

    public static async Task<RedisProbe> ConnectAsync(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);

        var options = ConfigurationOptions.Parse(endpoint);
        options.AllowAdmin = true;
        options.ClientName = "chatbot-loadgen-probe";
        return new RedisProbe(await ConnectionMultiplexer.ConnectAsync(options));
    }

    public async Task<RedisSnapshot> SnapshotAsync()
    {
        var calls = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in await _server.InfoAsync("commandstats"))
        {
            foreach (var (key, value) in group)
            {
                // cmdstat_get:calls=12,usec=34,... (calls made from inside scripts are counted here too)
                var name = key.StartsWith("cmdstat_", StringComparison.Ordinal) ? key["cmdstat_".Length..] : key;
                var callsField = value.Split(',').FirstOrDefault(f => f.StartsWith("calls=", StringComparison.Ordinal));
                if (callsField is not null)
                {
                    calls[name] = long.Parse(callsField["calls=".Length..], CultureInfo.InvariantCulture);
                }
            }
        }

        var memory = (await _server.InfoAsync("memory"))
            .SelectMany(g => g)
            .FirstOrDefault(p => p.Key == "used_memory").Value;
        var keys = await _server.DatabaseSizeAsync();
        return new RedisSnapshot(
            calls, memory is null ? 0 : long.Parse(memory, CultureInfo.InvariantCulture), keys);
    }

    /// <summary>
    /// Counts every key by class (SCAN) and measures up to <paramref name="samplePerClass"/> of each with
    /// <c>MEMORY USAGE</c>, extrapolating to the class.
    /// </summary>
    public async Task<RedisKeyClasses> KeyClassesAsync(int samplePerClass = 500)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var samples = new Dictionary<string, List<RedisKey>>(StringComparer.Ordinal);
        await foreach (var key in _server.KeysAsync(pageSize: 1000))
        {
            var kind = RedisKeyClasses.Classify(key.ToString());
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            var sample = samples.TryGetValue(kind, out var list) ? list : samples[kind] = [];
            if (sample.Count < samplePerClass)
            {
                sample.Add(key);
            }
        }

        var database = _connection.GetDatabase();
        var classes = new Dictionary<string, RedisKeyClass>(StringComparer.Ordinal);
        foreach (var (kind, keys) in samples)
        {
            var usages = await Task.WhenAll(keys.Select(k => database.ExecuteAsync("MEMORY", "USAGE", k)));
            var average = usages.Average(u => u.IsNull ? 0 : (long)u);
            classes[kind] = new RedisKeyClass(counts[kind], average * counts[kind]);
        }

        return new RedisKeyClasses(classes);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
