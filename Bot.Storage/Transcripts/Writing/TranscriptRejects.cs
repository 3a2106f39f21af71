using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Where the records the database refuses while it answers are set aside: <c>transcripts.rejected</c> beside the
/// journal, one JSON line per record with the database's reason, flushed to disk before the writer moves on. They
/// are kept for an operator to look at and load by hand once the cause is fixed; the writer never reads them.
/// </summary>
internal sealed class TranscriptRejects(IOptions<TranscriptOptions> options)
{
    private readonly Lock _lock = new();

    public string Path { get; } = options.Value.ResolvedJournalPath + ".rejected";

    public void Append(TranscriptRecord record, Exception reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reason);

        var line = JsonSerializer.SerializeToUtf8Bytes(new RejectedRecord(reason.Message, record));
        lock (_lock)
        {
            DurableLines.Append(Path, line);
        }
    }

    private sealed record RejectedRecord(string Reason, TranscriptRecord Record);
}
