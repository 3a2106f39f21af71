using System.Diagnostics.Metrics;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// The writer's instruments (meter <c>ChatBot.Transcripts</c>), read by dotnet-counters and the benchmark:
/// rows per INSERT, queue depth now and at peak, and where each activity went.
/// </summary>
public sealed class TranscriptMetrics
{
    public const string MeterName = "ChatBot.Transcripts";

    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _written;
    private readonly Counter<long> _journaled;
    private readonly Counter<long> _replayed;
    private readonly Counter<long> _writeFailures;
    private readonly Counter<long> _queueFullWaits;
    private readonly Counter<long> _rejected;
    private readonly Histogram<int> _rowsPerInsert;
    private long _depth;
    private long _peakDepth;
    private long _maxRowsPerInsert;

    public TranscriptMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);

        var meter = meterFactory.Create(MeterName);
        _enqueued = meter.CreateCounter<long>("chatbot.transcripts.enqueued", "{activity}");
        _written = meter.CreateCounter<long>("chatbot.transcripts.written", "{activity}");
        _journaled = meter.CreateCounter<long>("chatbot.transcripts.journaled", "{activity}");
        _replayed = meter.CreateCounter<long>("chatbot.transcripts.replayed", "{activity}");
        _writeFailures = meter.CreateCounter<long>("chatbot.transcripts.write_failures", "{attempt}");
        _queueFullWaits = meter.CreateCounter<long>("chatbot.transcripts.queue_full_waits", "{activity}");
        _rejected = meter.CreateCounter<long>("chatbot.transcripts.rejected", "{activity}");
        _rowsPerInsert = meter.CreateHistogram<int>(
            "chatbot.transcripts.rows_per_insert", "{row}", "Rows carried by one multi-row INSERT");
        meter.CreateObservableGauge("chatbot.transcripts.queue_depth", () => Interlocked.Read(ref _depth),
            "{activity}");
        meter.CreateObservableGauge(
            "chatbot.transcripts.queue_depth_peak", () => Interlocked.Read(ref _peakDepth), "{activity}");
    }

    public long QueueDepth => Interlocked.Read(ref _depth);

    public long PeakQueueDepth => Interlocked.Read(ref _peakDepth);

    public long MaxRowsPerInsert => Interlocked.Read(ref _maxRowsPerInsert);

    internal void Enqueued()
    {
        _enqueued.Add(1);
        var depth = Interlocked.Increment(ref _depth);
        RaiseTo(ref _peakDepth, depth);
    }

    internal void Dequeued(int count) => Interlocked.Add(ref _depth, -count);

    internal void QueueFullWait() => _queueFullWaits.Add(1);

    internal void Inserted(int rows)
    {
        _rowsPerInsert.Record(rows);
        RaiseTo(ref _maxRowsPerInsert, rows);
    }

    internal void Written(int count) => _written.Add(count);

    internal void Journaled(int count) => _journaled.Add(count);

    internal void Replayed(int count) => _replayed.Add(count);

    internal void WriteFailed() => _writeFailures.Add(1);

    internal void Rejected() => _rejected.Add(1);

    private static void RaiseTo(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
