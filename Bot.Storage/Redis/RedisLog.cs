using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis;

/// <summary>Log messages about the Redis connection as a whole.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 4001, EventName = "RedisOutage", Level = LogLevel.Error,
        Message = "Redis is unreachable ({Component} noticed first); state, rate limiting and turn locks run "
            + "in-process and the answer cache is skipped until it answers again")]
    public static partial void Outage(ILogger logger, string component, Exception? exception);

    [LoggerMessage(EventId = 4002, EventName = "RedisRestored", Level = LogLevel.Information,
        Message = "Redis answers again ({Component} noticed first); shared state, rate limits, locks and cache resume")]
    public static partial void Restored(ILogger logger, string component);
}
