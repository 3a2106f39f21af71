using BenchmarkDotNet.Attributes;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bench.Micro;

/// <summary>
/// One turn's state traffic through the Redis store: read the conversation and user state (one batch), write
/// both back (compare-and-set scripts). Needs a Redis it may write to: <c>BENCH_REDIS</c>=host:port.
/// </summary>
[MemoryDiagnoser]
public class RedisStateBenchmarks
{
    private const string ConversationKey = "directline/conversations/bench-micro-conversation";
    private const string UserKey = "directline/users/bench-micro-user";

    private ConnectionMultiplexer? _redis;
    private RedisStorage? _storage;
    private Dictionary<string, object> _changes = [];

    [GlobalSetup]
    public void Setup()
    {
        var endpoint = Environment.GetEnvironmentVariable("BENCH_REDIS");
        if (string.IsNullOrEmpty(endpoint))
        {
            throw new InvalidOperationException(
                "Set BENCH_REDIS to host:port of a Redis the benchmark may write to, e.g. "
                + "`source scripts/services.sh && start_redis micro 6492` then BENCH_REDIS=127.0.0.1:6492.");
        }

        _redis = ConnectionMultiplexer.Connect(endpoint);
        _storage = new RedisStorage(
            _redis,
            new RedisKeys("bench-micro"),
            new StateJsonSerializer(new StateTypeAllowList()),
            Options.Create(new StateOptions()),
            NullLogger<RedisStorage>.Instance);
        _changes = new Dictionary<string, object>
        {
            [ConversationKey] =
                new Dictionary<string, object> { ["Topic"] = "billing", ["Turns"] = 3L, ["eTag"] = "*" },
            [UserKey] = new Dictionary<string, object> { ["Name"] = "Ada", ["Plan"] = "Team", ["eTag"] = "*" },
        };
        _storage.WriteAsync(_changes).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _redis?.Dispose();

    /// <summary>The state load at the start of a turn: both keys in one round trip.</summary>
    [Benchmark]
    public int ReadConversationAndUser() =>
        _storage!.ReadAsync([ConversationKey, UserKey]).GetAwaiter().GetResult().Count;

    /// <summary>The state save at the end of a turn (overwrite ETags, as the SDK's state classes write).</summary>
    [Benchmark]
    public void WriteConversationAndUser() => _storage!.WriteAsync(_changes).GetAwaiter().GetResult();
}
