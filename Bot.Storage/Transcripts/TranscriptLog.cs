using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Transcripts;

/// <summary>Every log message of the transcript feature. No user text is ever logged.</summary>
internal static partial class TranscriptLog
{
    [LoggerMessage(EventId = 5001, EventName = "TranscriptSchemaMigrated", Level = LogLevel.Information,
        Message = "Transcript schema migrated to version {Version}: {Description}")]
    public static partial void SchemaMigrated(ILogger logger, int version, string description);

    [LoggerMessage(EventId = 5002, EventName = "TranscriptWriteFailed", Level = LogLevel.Warning,
        Message = "Transcript write of {Count} activities failed (attempt {Attempt} of {Attempts})")]
    public static partial void WriteFailed(ILogger logger, Exception exception, int count, int attempt, int attempts);

    [LoggerMessage(EventId = 5003, EventName = "TranscriptBatchJournaled", Level = LogLevel.Warning,
        Message = "Transcript database unreachable: {Count} activities written to the journal {Path}")]
    public static partial void BatchJournaled(ILogger logger, int count, string path);

    [LoggerMessage(EventId = 5004, EventName = "TranscriptJournalReplayed", Level = LogLevel.Information,
        Message = "Transcript journal replayed: {Batches} batches, {Count} activities")]
    public static partial void JournalReplayed(ILogger logger, int batches, int count);

    [LoggerMessage(EventId = 5005, EventName = "TranscriptJournalReplayFailed", Level = LogLevel.Warning,
        Message = "Transcript journal replay failed; next attempt in {Delay}")]
    public static partial void JournalReplayFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 5006, EventName = "TranscriptJournalLineSkipped", Level = LogLevel.Error,
        Message = "Transcript journal line {Line} of {Path} is not a complete batch (torn by a hard kill?); skipped")]
    public static partial void JournalLineSkipped(ILogger logger, Exception exception, int line, string path);

    [LoggerMessage(EventId = 5007, EventName = "TranscriptQueueFull", Level = LogLevel.Warning,
        Message = "Transcript queue is full ({Capacity}); the turn waits for the writer")]
    public static partial void QueueFull(ILogger logger, int capacity);

    [LoggerMessage(EventId = 5008, EventName = "TranscriptActivitySkipped", Level = LogLevel.Warning,
        Message = "Activity of type {Type} has no conversation id and cannot be logged")]
    public static partial void ActivityWithoutConversation(ILogger logger, string? type);

    [LoggerMessage(EventId = 5009, EventName = "TranscriptLoggedAfterShutdown", Level = LogLevel.Warning,
        Message = "Transcript writer already stopped: {Count} activities written to the journal for the next start")]
    public static partial void LoggedAfterShutdown(ILogger logger, int count);

    [LoggerMessage(EventId = 5010, EventName = "TranscriptWriterDrained", Level = LogLevel.Information,
        Message = "Transcript writer drained {Count} queued activities on shutdown")]
    public static partial void WriterDrained(ILogger logger, int count);

    [LoggerMessage(EventId = 5011, EventName = "TranscriptsPurged", Level = LogLevel.Information,
        Message = "Purged {Conversations} conversations with no activity since {Cutoff}")]
    public static partial void Purged(ILogger logger, int conversations, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 5012, EventName = "TranscriptUserDeleted", Level = LogLevel.Information,
        Message = "Deleted the data of one user of channel {ChannelId}: {Activities} activities, {Tickets} tickets")]
    public static partial void UserDeleted(ILogger logger, string channelId, int activities, int tickets);

    [LoggerMessage(EventId = 5013, EventName = "TranscriptStartupFailed", Level = LogLevel.Warning,
        Message = "Transcript database not ready at start; activities are journaled until it is")]
    public static partial void StartupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5014, EventName = "TranscriptRecordRejected", Level = LogLevel.Error,
        Message = "The transcript database refused an activity of conversation {ConversationId} on {ChannelId} while "
            + "it accepted the rest of its batch; set aside in {Path}")]
    public static partial void RecordRejected(
        ILogger logger, Exception exception, string channelId, string conversationId, string path);
}
