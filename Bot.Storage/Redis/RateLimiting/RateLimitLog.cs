using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>Log messages of the rate limiter. Users are not named: ids are personal data.</summary>
internal static partial class RateLimitLog
{
    [LoggerMessage(EventId = 4401, EventName = "UserThrottled", Level = LogLevel.Information,
        Message = "Message refused by the rate limit on channel {ChannelId}; a permit frees in {RetryAfterMs} ms "
            + "(user told: {Told})")]
    public static partial void Throttled(ILogger logger, string channelId, long retryAfterMs, bool told);
}
