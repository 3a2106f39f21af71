using System.Runtime.ExceptionServices;
using ChatBot.Storage.Transcripts.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Drains the transcript queue into the database in batches. A batch that fails every attempt goes to the
/// journal; while the journal holds anything, new batches are appended behind it so that order is kept, and the
/// journal is replayed with growing back-off until the database answers. A batch the database refuses while it
/// answers holds a record it will never take (the column fit covers the known kinds, but not every refusal can be
/// foreseen): the batch is halved until that record stands alone, everything else is written in order, and the
/// refused record is set aside in <see cref="TranscriptRejects"/>, so one record cannot hold back all later ones.
/// Stopping drains the queue.
/// </summary>
internal sealed class TranscriptWriterService(
    TranscriptQueue queue,
    TranscriptBatchWriter writer,
    TranscriptJournal journal,
    TranscriptRejects rejects,
    TranscriptSchema schema,
    TranscriptMetrics metrics,
    IOptions<TranscriptOptions> options,
    TimeProvider timeProvider,
    ILogger<TranscriptWriterService> logger) : BackgroundService
{
    private readonly TranscriptOptions _options = options.Value;
    private int _replayFailures;
    private DateTimeOffset _nextReplayAt = DateTimeOffset.MinValue;
    private int _drained;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // A stop that comes before ExecuteAsync got to run cancels it unstarted; the queue must drain anyway.
        await DrainAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PrepareAsync(stoppingToken);
            Task<bool>? readable = null;
            while (true)
            {
                readable ??= queue.Reader.WaitToReadAsync(stoppingToken).AsTask();
                if (journal.HasPending && !readable.IsCompleted)
                {
                    // Wake up for the next replay attempt even when no new activity arrives.
                    await Task.WhenAny(readable, Task.Delay(UntilNextReplay(), timeProvider, stoppingToken));
                    if (!readable.IsCompleted)
                    {
                        await TryReplayAsync(stoppingToken);
                        continue;
                    }
                }

                var more = await readable;
                readable = null;
                if (!more)
                {
                    break;
                }

                await WriteBatchAsync(queue.TakeBatch(_options.BatchSize, _options.BatchMaxChars), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: fall through to the drain below.
        }
        finally
        {
            await DrainAsync();
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schema.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not fatal: the bot keeps answering and the journal keeps what the database cannot take yet.
            TranscriptLog.StartupFailed(logger, exception);
        }
    }

    private async Task WriteBatchAsync(List<TranscriptRecord> batch, CancellationToken stoppingToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        if (journal.HasPending)
        {
            JournalBatch(batch);
            await TryReplayAsync(stoppingToken);
            return;
        }

        for (var attempt = 1; attempt <= _options.WriteAttempts; attempt++)
        {
            try
            {
                // A batch taken off the queue is finished even during shutdown: database or journal, never dropped.
                metrics.Written(await writer.WriteAsync(batch, mayBeStored: attempt > 1, CancellationToken.None));
                return;
            }
            catch (Exception exception)
            {
                metrics.WriteFailed();
                TranscriptLog.WriteFailed(logger, exception, batch.Count, attempt, _options.WriteAttempts);
            }

            if (attempt < _options.WriteAttempts && !await DelayAsync(Backoff(attempt), stoppingToken))
            {
                break;
            }
        }

        if (await writer.DatabaseAnswersAsync())
        {
            try
            {
                metrics.Written(await WriteAroundRefusedAsync(batch));
                return;
            }
            catch (Exception exception)
            {
                // The database went away while the batch was being taken apart; the journal replays it whole.
                var attempts = _options.WriteAttempts;
                TranscriptLog.WriteFailed(logger, exception, batch.Count, attempts, attempts);
            }
        }

        JournalBatch(batch);
        _replayFailures = 1;
        _nextReplayAt = timeProvider.GetUtcNow() + Backoff(_replayFailures);
    }

    /// <summary>
    /// Writes a batch the database refuses while it answers: halves it until the refused records stand alone,
    /// writes every other record in order, and sets the refused ones aside. Throws when the database stops
    /// answering meanwhile (records already written are skipped when the batch is replayed).
    /// </summary>
    /// <returns>How many activities were new.</returns>
    private async Task<int> WriteAroundRefusedAsync(List<TranscriptRecord> batch)
    {
        if (batch.Count == 1)
        {
            var (stored, refusal) = await TryWriteAsync(batch);
            if (refusal is null)
            {
                return stored;
            }

            await ThrowUnlessDatabaseAnswersAsync(refusal);
            var record = batch[0];
            rejects.Append(record, refusal);
            metrics.Rejected();
            TranscriptLog.RecordRejected(logger, refusal, record.ChannelId, record.ConversationId, rejects.Path);
            return 0;
        }

        var written = 0;
        var half = batch.Count / 2;
        foreach (var part in new[] { batch[..half], batch[half..] })
        {
            var (stored, failure) = await TryWriteAsync(part);
            if (failure is not null)
            {
                await ThrowUnlessDatabaseAnswersAsync(failure);
                stored = await WriteAroundRefusedAsync(part);
            }

            written += stored;
        }

        return written;
    }

    private async Task<(int Written, Exception? Failure)> TryWriteAsync(List<TranscriptRecord> batch)
    {
        try
        {
            return (await writer.WriteAsync(batch, mayBeStored: true, CancellationToken.None), null);
        }
        catch (Exception exception)
        {
            return (0, exception);
        }
    }

    private async Task ThrowUnlessDatabaseAnswersAsync(Exception failure)
    {
        if (!await writer.DatabaseAnswersAsync())
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void JournalBatch(List<TranscriptRecord> batch)
    {
        journal.Append(batch);
        metrics.Journaled(batch.Count);
        TranscriptLog.BatchJournaled(logger, batch.Count, journal.Path);
    }

    /// <summary>Replays the whole journal in order; false when the database is still away.</summary>
    private async Task<bool> TryReplayAsync(CancellationToken cancellationToken)
    {
        if (timeProvider.GetUtcNow() < _nextReplayAt)
        {
            return false;
        }

        var batches = journal.ReadAll(out var lines);
        try
        {
            var replayed = 0;
            foreach (var batch in batches)
            {
                // Stopping between batches is safe: the journal still holds them all for the next replay.
                cancellationToken.ThrowIfCancellationRequested();
                var (written, failure) = await TryWriteAsync(batch);
                if (failure is not null)
                {
                    await ThrowUnlessDatabaseAnswersAsync(failure);
                    written = await WriteAroundRefusedAsync(batch);
                }

                replayed += written;
            }

            journal.Clear(lines);
            metrics.Replayed(replayed);
            metrics.Written(replayed);
            _replayFailures = 0;
            TranscriptLog.JournalReplayed(logger, batches.Count, replayed);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.WriteFailed();
            _replayFailures++;
            var delay = Backoff(_replayFailures);
            _nextReplayAt = timeProvider.GetUtcNow() + delay;
            TranscriptLog.JournalReplayFailed(logger, exception, delay);
            return false;
        }
    }

    /// <summary>Shutdown: one attempt per batch at the database, the journal for anything it does not take.</summary>
    private async Task DrainAsync()
    {
        if (Interlocked.Exchange(ref _drained, 1) == 1)
        {
            return;
        }

        queue.Complete();
        var drained = 0;
        var databaseAnswers = !journal.HasPending || await TryReplayAsync(CancellationToken.None);
        while (queue.TakeBatch(_options.BatchSize, _options.BatchMaxChars) is { Count: > 0 } batch)
        {
            drained += batch.Count;
            if (databaseAnswers)
            {
                try
                {
                    metrics.Written(await writer.WriteAsync(batch, mayBeStored: false, CancellationToken.None));
                    continue;
                }
                catch (Exception exception)
                {
                    metrics.WriteFailed();
                    TranscriptLog.WriteFailed(logger, exception, batch.Count, 1, 1);
                    databaseAnswers = false;
                }
            }

            JournalBatch(batch);
        }

        TranscriptLog.WriterDrained(logger, drained);
    }

    private TimeSpan UntilNextReplay()
    {
        var wait = _nextReplayAt - timeProvider.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        var delay = TimeSpan.FromTicks((long)(_options.RetryBaseDelay.Ticks * factor));
        return delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
    }
}
