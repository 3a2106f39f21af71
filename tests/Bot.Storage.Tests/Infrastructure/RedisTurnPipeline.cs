using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Redis.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>
/// A TestAdapter wired as the host wires it with Redis: rate limit (charged by the Redis turn) → Redis turn (limit,
/// lock and state reads in one pipeline; state writes and lock release in another) → auto-save of the given states.
/// </summary>
internal sealed class RedisTurnPipeline : IDisposable
{
    private readonly UserRateLimiter _limiter;

    public RedisTurnPipeline(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RateLimitOptions limits,
        params BotState[] states)
        : this(redis, keys, limits, null, null, states)
    {
    }

    // beforeTurn runs between the rate limit and the Redis turn, where the host runs input validation.
    public RedisTurnPipeline(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RateLimitOptions limits,
        IMiddleware? beforeTurn,
        TurnLockOptions? turnLock,
        params BotState[] states)
    {
        var availability = new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance);
        var limitOptions = Options.Create(limits);
        var lockOptions = Options.Create(turnLock ?? new TurnLockOptions());
        var window = new RedisSlidingWindowRateLimiter(redis, keys, limitOptions, TimeProvider.System);
        _limiter = new UserRateLimiter(window, InProcessRateLimiter.Create(limits), availability);
        var rateLimit = new RateLimitMiddleware(
            _limiter,
            new RedisThrottleNotice(redis, keys, availability, new InProcessThrottleNotice(TimeProvider.System)),
            limitOptions,
            NullLogger<RateLimitMiddleware>.Instance,
            deferToTurnStart: true);
        var redisLock = new RedisTurnLock(
            redis, keys, availability, new InProcessTurnLock(lockOptions), lockOptions, TimeProvider.System,
            NullLogger<RedisTurnLock>.Instance);
        Adapter = new TestAdapter(BotInstance.Conversation).Use(rateLimit);
        if (beforeTurn is not null)
        {
            Adapter.Use(beforeTurn);
        }

        Adapter.Use(new RedisTurnMiddleware(
                redis, keys, availability, redisLock, window, rateLimit, Options.Create(new StateOptions()),
                lockOptions, TimeProvider.System, NullLogger<RedisTurnMiddleware>.Instance))
            .Use(new AutoSaveStateMiddleware(states));
    }

    public TestAdapter Adapter { get; }

    public void Dispose() => _limiter.Dispose();
}
