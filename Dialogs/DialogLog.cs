using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs;

/// <summary>Every log message of the Dialogs component. No user text is logged at Information or above.</summary>
internal static partial class DialogLog
{
    [LoggerMessage(EventId = 3001, EventName = "DialogTurnFailed", Level = LogLevel.Error,
        Message = "Dialog turn failed in conversation {ConversationId} at [{DialogStack}] with {ExceptionType}; " +
            "the dialog stack was cleared. {StackTrace}")]
    public static partial void DialogTurnFailed(
        ILogger logger, string conversationId, string dialogStack, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 3002, EventName = "DialogRecoveryFailed", Level = LogLevel.Error,
        Message = "Could not clear the dialog state of conversation {ConversationId} after a failed turn " +
            "({ExceptionType}); the next turn may see the old stack")]
    public static partial void DialogRecoveryFailed(ILogger logger, string conversationId, string exceptionType);

    [LoggerMessage(EventId = 3003, EventName = "AnswerFeedback", Level = LogLevel.Debug,
        Message = "Feedback on answer {EntryId} in conversation {ConversationId}: helpful={Helpful}")]
    public static partial void AnswerFeedback(ILogger logger, string entryId, string conversationId, bool helpful);

    [LoggerMessage(EventId = 3004, EventName = "TicketCreated", Level = LogLevel.Information,
        Message = "Support ticket {TicketNumber} created in conversation {ConversationId} ({Category})")]
    public static partial void TicketCreated(
        ILogger logger, string ticketNumber, string conversationId, string category);

    [LoggerMessage(EventId = 3005, EventName = "TurnInputRejected", Level = LogLevel.Information,
        Message = "Turn input rejected in conversation {ConversationId}: {Rules}")]
    public static partial void TurnInputRejected(ILogger logger, string conversationId, string rules);

    [LoggerMessage(EventId = 3006, EventName = "Routed", Level = LogLevel.Debug,
        Message = "Conversation {ConversationId} routed to {Route}")]
    public static partial void Routed(ILogger logger, string conversationId, string route);
}
