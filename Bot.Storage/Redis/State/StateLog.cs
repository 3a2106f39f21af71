using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis.State;

/// <summary>Log messages of the Redis state store. Keys are not logged: they carry channel user ids.</summary>
internal static partial class StateLog
{
    [LoggerMessage(EventId = 4101, EventName = "StateETagConflict", Level = LogLevel.Warning,
        Message = "State write refused: {ConflictCount} of {WriteCount} items changed since they were read")]
    public static partial void ETagConflict(ILogger logger, int conflictCount, int writeCount);

    [LoggerMessage(EventId = 4102, EventName = "StateUnreadable", Level = LogLevel.Error,
        Message = "Stored state could not be loaded; the turn fails so that it is not overwritten")]
    public static partial void Unreadable(ILogger logger, Exception exception);
}
