using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Redis.Turns;

/// <summary>Log messages of the Redis turn (start and end pipelines). Conversations are not named.</summary>
internal static partial class RedisTurnLog
{
    [LoggerMessage(EventId = 4501, EventName = "TurnEndFailedAfterError", Level = LogLevel.Warning,
        Message = "Saving state and releasing the turn lock failed after the turn itself had failed")]
    public static partial void EndFailedAfterError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4502, EventName = "TurnEndFailed", Level = LogLevel.Warning,
        Message = "Redis went away during a turn: its state writes are lost and its turn lock expires on its own; the "
            + "turn's replies were sent, so it is not failed")]
    public static partial void EndFailed(ILogger logger, Exception exception);
}
