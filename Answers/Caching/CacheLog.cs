using Microsoft.Extensions.Logging;

namespace ChatBot.Answers.Caching;

internal static partial class CacheLog
{
    [LoggerMessage(EventId = 1301, EventName = "AnswerCacheHit", Level = LogLevel.Debug,
        Message = "Answer cache hit for entry {EntryId}")]
    public static partial void Hit(ILogger logger, string? entryId);

    [LoggerMessage(EventId = 1302, EventName = "AnswerCacheMiss", Level = LogLevel.Debug,
        Message = "Answer cache miss, computed {Kind}")]
    public static partial void Miss(ILogger logger, AnswerKind kind);
}
