using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// The local append-only file that holds batches while the database is unreachable: one JSON line per batch,
/// flushed to disk (fsync) before the append returns, replayed in file order and then truncated.
/// </summary>
internal sealed class TranscriptJournal(IOptions<TranscriptOptions> options, ILogger<TranscriptJournal> logger)
{
    private readonly Lock _lock = new();

    public string Path { get; } = options.Value.ResolvedJournalPath;

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                var file = new FileInfo(Path);
                return file.Exists && file.Length > 0;
            }
        }
    }

    public void Append(IReadOnlyList<TranscriptRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        var line = JsonSerializer.SerializeToUtf8Bytes(batch);
        lock (_lock)
        {
            DurableLines.Append(Path, line);
        }
    }

    /// <summary>Every complete batch in the order written. A torn last line (hard kill mid-append) is
    /// skipped.</summary>
    public List<List<TranscriptRecord>> ReadAll(out int lines)
    {
        var batches = new List<List<TranscriptRecord>>();
        lines = 0;
        lock (_lock)
        {
            if (!File.Exists(Path))
            {
                return batches;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(Path, Encoding.UTF8))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    batches.Add(JsonSerializer.Deserialize<List<TranscriptRecord>>(line) ?? []);
                }
                catch (JsonException exception)
                {
                    TranscriptLog.JournalLineSkipped(logger, exception, lineNumber, Path);
                }
            }

            lines = ReadLineCount();
        }

        return batches;
    }

    /// <summary>Empties the journal once its batches are in the database. Replays are idempotent, so a crash
    /// between the last insert and this truncation only costs a second, duplicate-free replay.</summary>
    public void Clear(int expectedLines)
    {
        lock (_lock)
        {
            // Another append may have landed since ReadAll; keep it rather than truncating it away.
            if (ReadLineCount() != expectedLines)
            {
                return;
            }

            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
            stream.SetLength(0);
            stream.Flush(flushToDisk: true);
        }
    }

    private int ReadLineCount() =>
        File.Exists(Path) ? File.ReadLines(Path).Count(l => !string.IsNullOrWhiteSpace(l)) : 0;
}
