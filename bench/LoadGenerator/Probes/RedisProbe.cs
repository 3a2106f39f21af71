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

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
