using Microsoft.Extensions.Logging;

namespace ChatBot.Answers.Llm;

internal static partial class LlmLog
{
    [LoggerMessage(EventId = 1401, EventName = "LlmPhrased", Level = LogLevel.Debug,
        Message = "Model phrased entry {EntryId} in {ElapsedMs} ms")]
    public static partial void Phrased(ILogger logger, string? entryId, double elapsedMs);

    [LoggerMessage(EventId = 1402, EventName = "LlmTimedOut", Level = LogLevel.Warning,
        Message = "Model did not answer within {Timeout}; using the plain text of entry {EntryId}")]
    public static partial void TimedOut(ILogger logger, string? entryId, TimeSpan timeout);

    [LoggerMessage(EventId = 1403, EventName = "LlmFailed", Level = LogLevel.Warning,
        Message = "Model call failed; using the plain text of entry {EntryId}")]
    public static partial void Failed(ILogger logger, Exception exception, string? entryId);

    [LoggerMessage(EventId = 1404, EventName = "LlmEmptyReply", Level = LogLevel.Warning,
        Message = "Model returned an empty reply; using the plain text of entry {EntryId}")]
    public static partial void EmptyReply(ILogger logger, string? entryId);
}
