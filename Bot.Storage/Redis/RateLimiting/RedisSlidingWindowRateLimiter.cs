using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// An exact sliding-window limiter per user, shared by every instance: a sorted set per user holds the times of
/// the messages let through in the last window, and one script trims it, counts and admits atomically, so two
/// instances can never both take the last permit. Time comes from the injected <see cref="TimeProvider"/> (so
/// tests can move it); instances are assumed to agree on the time to within a few milliseconds (NTP).
/// Redis failures surface as exceptions; <see cref="UserRateLimiter"/> turns them into a fallback.
/// </summary>
public sealed class RedisSlidingWindowRateLimiter : PartitionedRateLimiter<string>
{
    private static readonly LuaScript Admit = LuaScript.Prepare(
        """
        local now = tonumber(@now)
        local window = tonumber(@window)
        local limit = tonumber(@limit)
        local permits = tonumber(@permits)
        redis.call('ZREMRANGEBYSCORE', @key, '-inf', now - window)
        local count = redis.call('ZCARD', @key)
        if count + permits <= limit then
          for i = 1, permits do
            redis.call('ZADD', @key, @now, @member .. ':' .. i)
          end
          redis.call('PEXPIRE', @key, window)
          return {1, limit - count - permits, 0}
        end
        local nth = count + permits - limit - 1
        local freeing = redis.call('ZRANGE', @key, nth, nth, 'WITHSCORES')
        return {0, 0, tonumber(freeing[2]) + window - now}
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;

    public RedisSlidingWindowRateLimiter(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        IOptions<RateLimitOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _redis = redis;
        _keys = keys;
        _options = options.Value;
        _time = time;
    }

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    // The window lives in Redis, so there is no synchronous answer; callers use AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        throw new NotSupportedException("The Redis rate limiter needs a round trip: call AcquireAsync.");

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        string resource,
        int permitCount,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _options.PermitLimit);
        cancellationToken.ThrowIfCancellationRequested();

        return await AcquireAsync(_redis.GetDatabase(), _keys.RateWindow(resource), permitCount);
    }

    /// <summary>
    /// Runs the admission for the window at <paramref name="windowKey"/> on <paramref name="redis"/>, which may be
    /// a batch that the caller executes (the Redis turn sends it with the lock and the state reads).
    /// </summary>
    internal async Task<RateLimitLease> AcquireAsync(IDatabaseAsync redis, RedisKey windowKey, int permitCount)
    {
        var result = (RedisResult[])(await redis.ScriptEvaluateAsync(Admit, new
        {
            key = windowKey,
            now = _time.GetUtcNow().ToUnixTimeMilliseconds(),
            window = (long)_options.Window.TotalMilliseconds,
            limit = _options.PermitLimit,
            permits = permitCount,
            member = UniqueIds.Next(),
        }))!;

        return (long)result[0] == 1
            ? new WindowLease(true, null)
            : new WindowLease(false, TimeSpan.FromMilliseconds(Math.Max(1, (long)result[2])));
    }
}
