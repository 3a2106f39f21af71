using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.RateLimiting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bench.Micro;

/// <summary>
/// One permit per turn from the per-user limiter: the Redis sliding window (one script call, exact across
/// instances) and the in-process one (the embedded default and the outage fallback). The Redis one needs
/// <c>BENCH_REDIS</c>=host:port; users rotate over 10,000 so windows stay small, as under real traffic.
/// </summary>
[MemoryDiagnoser]
public class RateLimiterBenchmarks : IDisposable
{
    private const int Users = 10_000;

    private readonly RateLimitOptions _options = new() { PermitLimit = 100_000, Window = TimeSpan.FromMinutes(1) };
    private ConnectionMultiplexer? _redis;
    private PartitionedRateLimiter<string>? _redisLimiter;
    private PartitionedRateLimiter<string>? _inProcess;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _inProcess = InProcessRateLimiter.Create(_options);
        var endpoint = Environment.GetEnvironmentVariable("BENCH_REDIS");
        if (!string.IsNullOrEmpty(endpoint))
        {
            _redis = ConnectionMultiplexer.Connect(endpoint);
            _redisLimiter = new RedisSlidingWindowRateLimiter(
                _redis, new RedisKeys("bench-micro"), Options.Create(_options), TimeProvider.System);
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _inProcess?.Dispose();
        _redisLimiter?.Dispose();
        _redis?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public bool Redis() => Acquire(_redisLimiter ?? throw new InvalidOperationException(
        "Set BENCH_REDIS to host:port of a Redis the benchmark may write to (see RedisStateBenchmarks)."));

    [Benchmark]
    public bool InProcess() => Acquire(_inProcess!);

    private bool Acquire(PartitionedRateLimiter<string> limiter)
    {
        var user = "directline/bench-user-" + (_next++ % Users);
        using var lease = limiter.AcquireAsync(user).AsTask().GetAwaiter().GetResult();
        return lease.IsAcquired;
    }
}
