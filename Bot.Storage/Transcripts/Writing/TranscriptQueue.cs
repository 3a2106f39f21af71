using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>The bounded hand-off between turns (many writers) and the background writer (one reader).</summary>
internal sealed class TranscriptQueue
{
    private readonly Channel<TranscriptRecord> _channel;
    private readonly TranscriptMetrics _metrics;

    public TranscriptQueue(IOptions<TranscriptOptions> options, TranscriptMetrics metrics)
    {
        Capacity = options.Value.QueueCapacity;
        _metrics = metrics;
        _channel = Channel.CreateBounded<TranscriptRecord>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public int Capacity { get; }

    public ChannelReader<TranscriptRecord> Reader => _channel.Reader;

    /// <summary>False once the writer has stopped; the caller then journals the record itself.</summary>
    public bool TryWrite(TranscriptRecord record)
    {
        if (!_channel.Writer.TryWrite(record))
        {
            return false;
        }

        _metrics.Enqueued();
        return true;
    }

    /// <summary>Waits for room; false when the writer stopped while waiting.</summary>
    public async ValueTask<bool> WaitAndWriteAsync(TranscriptRecord record, CancellationToken cancellationToken)
    {
        _metrics.QueueFullWait();
        while (await _channel.Writer.WaitToWriteAsync(cancellationToken))
        {
            if (TryWrite(record))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsCompleted => _channel.Reader.Completion.IsCompleted;

    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Takes what is queued now, up to the batch limits, without waiting.</summary>
    public List<TranscriptRecord> TakeBatch(int maxCount, int maxChars)
    {
        var batch = new List<TranscriptRecord>();
        var chars = 0;
        while (batch.Count < maxCount && chars < maxChars && _channel.Reader.TryRead(out var record))
        {
            batch.Add(record);
            chars += record.Json.Length;
        }

        _metrics.Dequeued(batch.Count);
        return batch;
    }
}
