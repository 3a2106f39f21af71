using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.RateLimiting;

/// <summary>The bot keeps answering while Redis is away, logs the outage once, and resumes by itself.</summary>
public sealed class UserRateLimiterTests
{
    private static readonly RateLimitOptions Limits = new() { PermitLimit = 3, Window = TimeSpan.FromMinutes(1) };

    private readonly RedisKeys _keys = TestRedis.NewKeys();
    private readonly FakeLogger<RedisAvailability> _log = new();

    [Fact]
    public async Task Acquire_RedisUnreachable_LimitsInProcessAndLogsOutageOnce()
    {
        using var dead = DeadRedis.Connect();
        using var limiter = Create(dead);

        var leases = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            leases.Add((await limiter.AcquireAsync("emulator/u").Timed()).IsAcquired);
        }

        Assert.Equal([true, true, true, false, false], leases);
        Assert.Single(_log.Collector.GetSnapshot(), r => r.Id.Id == 4001);
    }

    [Fact]
    public async Task Acquire_RedisStopsAndReturns_FallsBackThenResumesWithoutRestart()
    {
        using var server = new PrivateRedisServer();
        using var redis = server.Connect();
        using var limiter = Create(redis);
        Assert.True((await limiter.AcquireAsync("emulator/u").Timed()).IsAcquired);
        Assert.True(await redis.GetDatabase().KeyExistsAsync(_keys.RateWindow("emulator/u")));

        server.Stop();
        var duringOutage = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            duringOutage.Add((await limiter.AcquireAsync("emulator/u").Timed()).IsAcquired);
            await Task.Delay(50);
        }

        server.Start();
        await WaitUntil(() => redis.IsConnected);
        Assert.True((await limiter.AcquireAsync("emulator/v").Timed()).IsAcquired);

        Assert.Equal([true, true, true, false], duringOutage);
        Assert.True(await redis.GetDatabase().KeyExistsAsync(_keys.RateWindow("emulator/v")));
        Assert.Equal([4001, 4002], _log.Collector.GetSnapshot().Select(r => r.Id.Id));
    }

    private UserRateLimiter Create(IConnectionMultiplexer redis) => new(
        new RedisSlidingWindowRateLimiter(redis, _keys, Options.Create(Limits), TimeProvider.System),
        InProcessRateLimiter.Create(Limits),
        new RedisAvailability(redis, _log));

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "Redis did not reconnect within 10 s");
    }
}
