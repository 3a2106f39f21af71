using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis.Locking;

/// <summary>Log messages of the turn locks.</summary>
internal static partial class TurnLockLog
{
    [LoggerMessage(EventId = 4201, EventName = "TurnLockWaited", Level = LogLevel.Debug,
        Message = "Turn waited {WaitedMs} ms for the previous turn of its conversation")]
    public static partial void Waited(ILogger logger, long waitedMs);

    [LoggerMessage(EventId = 4202, EventName = "TurnLockLost", Level = LogLevel.Warning,
        Message = "A turn finished after its lock had expired (TurnLock:Expiry is shorter than the turn); "
            + "another turn of the conversation may have run alongside it")]
    public static partial void Lost(ILogger logger);

    [LoggerMessage(EventId = 4203, EventName = "TurnLockReleaseFailed", Level = LogLevel.Warning,
        Message = "Releasing a turn lock failed; it frees itself when it expires")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception);
}
