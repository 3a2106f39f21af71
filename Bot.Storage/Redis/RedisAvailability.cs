using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>
/// Whether the shared Redis connection is usable, and the one place an outage is logged: once when it starts and
/// once when it ends, not once per turn. The components that can do without Redis (limiter, lock, cache) ask
/// <see cref="IsUp"/> before each call, so they fall back at once instead of waiting for a timeout, and report
/// what their calls saw (state too, through <see cref="State.FallbackStateStorage"/>). Resuming needs no restart:
/// the multiplexer reconnects on its own.
/// </summary>
public sealed class RedisAvailability
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<RedisAvailability> _logger;
    private int _down;

    public RedisAvailability(IConnectionMultiplexer redis, ILogger<RedisAvailability> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(logger);

        _redis = redis;
        _logger = logger;
    }

    /// <summary>True when the connection is up; else records the outage for <paramref name="component"/>.</summary>
    public bool IsUp(string component)
    {
        if (_redis.IsConnected)
        {
            return true;
        }

        ReportFailure(component, null);
        return false;
    }

    /// <summary>True for the failures that mean "Redis is away" rather than a bug.</summary>
    public static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException;

    public void ReportFailure(string component, Exception? exception)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            RedisLog.Outage(_logger, component, exception);
        }
    }

    public void ReportSuccess(string component)
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            RedisLog.Restored(_logger, component);
        }
    }
}
