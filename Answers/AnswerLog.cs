using Microsoft.Extensions.Logging;

namespace ChatBot.Answers;

internal static partial class AnswerLog
{
    [LoggerMessage(EventId = 1201, EventName = "AnswerDecided", Level = LogLevel.Debug,
        Message = "Answer decided: {Kind} entry {EntryId} confidence {Confidence}")]
    public static partial void Decided(ILogger logger, AnswerKind kind, string? entryId, double confidence);
}
