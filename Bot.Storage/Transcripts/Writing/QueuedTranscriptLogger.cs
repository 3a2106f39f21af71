using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Queues transcript records for the background writer: the <see cref="ITranscriptLogger"/> of the store, and
/// the sink of <see cref="TranscriptMiddleware"/>. It only queues: the turn never waits for the database.
/// Typing indicators and the SDK's synthetic continue-conversation event are not part of a transcript; messages,
/// updates, deletes, events and conversation updates are.
/// </summary>
internal sealed class QueuedTranscriptLogger(
    TranscriptRecordFactory records,
    TranscriptQueue queue,
    TranscriptJournal journal,
    TranscriptMetrics metrics,
    ILogger<QueuedTranscriptLogger> logger) : ITranscriptLogger
{
    private int _fullWarned;

    public Task LogActivityAsync(IActivity activity) => LogAsync(activity, default);

    /// <summary>Serialises <paramref name="activity"/> now, as it is at this moment, and queues the record.</summary>
    public Task LogAsync(IActivity activity, TranscriptCapture capture)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (!IsTranscribed(activity))
        {
            return Task.CompletedTask;
        }

        var record = records.Create(activity, capture);
        if (record is null)
        {
            TranscriptLog.ActivityWithoutConversation(logger, activity.Type);
            return Task.CompletedTask;
        }

        if (queue.TryWrite(record))
        {
            return Task.CompletedTask;
        }

        return queue.IsCompleted ? JournalAfterShutdown(record) : WaitForRoomAsync(record);
    }

    public static bool IsTranscribed(IActivity activity) =>
        activity.Type != ActivityTypes.Typing
        && !(activity.Type == ActivityTypes.Event
            && activity is Activity { Name: ActivityEventNames.ContinueConversation });

    private async Task WaitForRoomAsync(TranscriptRecord record)
    {
        // Lossless beats non-blocking here: the queue is only full when even the journal cannot keep up.
        if (Interlocked.Exchange(ref _fullWarned, 1) == 0)
        {
            TranscriptLog.QueueFull(logger, queue.Capacity);
        }

        if (!await queue.WaitAndWriteAsync(record, CancellationToken.None))
        {
            await JournalAfterShutdown(record);
        }
    }

    private Task JournalAfterShutdown(TranscriptRecord record)
    {
        // A turn that ends after the writer stopped: the journal keeps it for the next start's replay.
        journal.Append([record]);
        metrics.Journaled(1);
        TranscriptLog.LoggedAfterShutdown(logger, 1);
        return Task.CompletedTask;
    }
}
