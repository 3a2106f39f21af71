using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis.Caching;

/// <summary>Log messages of the Redis answer cache.</summary>
internal static partial class AnswerCacheLog
{
    [LoggerMessage(EventId = 4301, EventName = "AnswerCacheEntryUnreadable", Level = LogLevel.Warning,
        Message = "A cached answer could not be read and is treated as a miss")]
    public static partial void Unreadable(ILogger logger, Exception exception);
}
