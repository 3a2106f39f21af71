using Microsoft.Extensions.Logging;

namespace ChatBot.Answers.Knowledge;

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 1101, EventName = "KnowledgeLoaded", Level = LogLevel.Information,
        Message = "Knowledge base {Source} loaded: {EntryCount} entries, version {Version}")]
    public static partial void Loaded(ILogger logger, string source, int entryCount, string version);

    [LoggerMessage(EventId = 1102, EventName = "KnowledgeReloadRejected", Level = LogLevel.Error,
        Message = "Knowledge base {Source} changed but is not usable; still serving version {Version}")]
    public static partial void ReloadRejected(ILogger logger, Exception exception, string source, string version);

    [LoggerMessage(EventId = 1103, EventName = "KnowledgeUnchanged", Level = LogLevel.Debug,
        Message = "Knowledge base {Source} touched without content change (version {Version})")]
    public static partial void Unchanged(ILogger logger, string source, string version);
}
