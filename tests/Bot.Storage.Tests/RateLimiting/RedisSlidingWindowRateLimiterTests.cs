using System.Threading.RateLimiting;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.RateLimiting;

public sealed class RedisSlidingWindowRateLimiterTests
{
    private readonly RedisKeys _keys = TestRedis.NewKeys();

    [Fact]
    public async Task Acquire_FiftyConcurrentSendersOnTwoInstances_AdmitsExactlyTheLimit()
    {
        using var otherInstance = TestRedis.ConnectNew();
        var options = new RateLimitOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };
        using var a = Create(TestRedis.Standalone, options, TimeProvider.System);
        using var b = Create(otherInstance, options, TimeProvider.System);

        var leases = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(async () => await (i % 2 == 0 ? a : b).AcquireAsync("msteams/user-1")))).Timed();

        Assert.Equal(20, leases.Count(l => l.IsAcquired));
    }

    [Fact]
    public async Task Acquire_WindowSlides_PermitsReturnAsTheOldestLeave()
    {
        var time = new FakeTimeProvider(
            DateTimeOffset.Parse("2025-03-10T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var limiter = Create(TestRedis.Standalone,
            new RateLimitOptions { PermitLimit = 3, Window = TimeSpan.FromSeconds(10) }, time);

        Assert.True((await limiter.AcquireAsync("u")).IsAcquired);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await limiter.AcquireAsync("u")).IsAcquired);
        Assert.True((await limiter.AcquireAsync("u")).IsAcquired);
        var refused = await limiter.AcquireAsync("u");

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter);

        time.Advance(TimeSpan.FromSeconds(6) + TimeSpan.FromMilliseconds(1));
        Assert.True((await limiter.AcquireAsync("u")).IsAcquired);
        Assert.False((await limiter.AcquireAsync("u")).IsAcquired);
    }

    [Fact]
    public async Task Acquire_OneUserThrottled_OtherUsersUnaffected()
    {
        using var limiter = Create(TestRedis.Standalone, new RateLimitOptions { PermitLimit = 1 }, TimeProvider.System);

        Assert.True((await limiter.AcquireAsync("emulator/a")).IsAcquired);
        Assert.False((await limiter.AcquireAsync("emulator/a")).IsAcquired);
        Assert.True((await limiter.AcquireAsync("emulator/b")).IsAcquired);
    }

    [Fact]
    public async Task Acquire_WindowKey_ExpiresWithTheWindow()
    {
        using var limiter = Create(TestRedis.Standalone, new RateLimitOptions { Window = TimeSpan.FromSeconds(2) },
            TimeProvider.System);

        await limiter.AcquireAsync("emulator/a");

        var ttl = await TestRedis.Standalone.GetDatabase().KeyTimeToLiveAsync(_keys.RateWindow("emulator/a"));
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    private RedisSlidingWindowRateLimiter Create(
        IConnectionMultiplexer redis,
        RateLimitOptions options,
        TimeProvider time) =>
        new(redis, _keys, Options.Create(options), time);
}
