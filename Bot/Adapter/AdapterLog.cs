namespace ChatBot.Bot.Adapter;

/// <summary>Every log message of the adapter and the messages endpoint.</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(EventId = 1001, EventName = "TurnFailed", Level = LogLevel.Error,
        Message = "Turn failed in conversation {ConversationId} ({ActivityType})")]
    public static partial void TurnFailed(
        ILogger logger,
        Exception exception,
        string conversationId,
        string activityType);

    [LoggerMessage(EventId = 1002, EventName = "TurnRecoveryFailed", Level = LogLevel.Error,
        Message = "Could not tell the user about a failed turn in conversation {ConversationId}")]
    public static partial void TurnRecoveryFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 1003, EventName = "AnonymousMode", Level = LogLevel.Warning,
        Message = "MicrosoftAppId is not set: the bot accepts unauthenticated traffic from this machine only "
            + "(Bot Framework Emulator). Set MicrosoftAppId and MicrosoftAppPassword before exposing it to a channel.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(EventId = 1004, EventName = "AnonymousRemoteRejected", Level = LogLevel.Warning,
        Message = "Rejected an unauthenticated request from {RemoteAddress}: without MicrosoftAppId only loopback "
            + "callers are accepted")]
    public static partial void AnonymousRemoteRejected(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 1005, EventName = "RequestRejected", Level = LogLevel.Information,
        Message = "Rejected a request to {Path} with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, int statusCode, string reason);

    [LoggerMessage(EventId = 1006, EventName = "Unauthorized", Level = LogLevel.Warning,
        Message = "Rejected an activity with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);
}
