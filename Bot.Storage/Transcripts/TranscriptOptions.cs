using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Transcripts;

/// <summary>Settings of section <c>Transcripts</c>; the database itself is
/// <c>ConnectionStrings:Transcripts</c>.</summary>
public sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    /// <summary>Folder for the SQLite file (when no connection string is set) and the journal. Default
    /// <c>data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The append-only journal used while the database is unreachable. Default: in <see
    /// cref="DataDirectory"/>.</summary>
    public string? JournalPath { get; set; }

    /// <summary>Mask e-mail addresses, phone numbers and card numbers before storing. Default off.</summary>
    public bool RedactPii { get; set; }

    /// <summary>Activities the queue holds before a turn has to wait for the writer. Default 10,000.</summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most rows in one multi-row INSERT. Default 500.</summary>
    [Range(1, 5_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Most characters of activity JSON in one batch, under MySQL's max_allowed_packet. Default 4 M.</summary>
    [Range(10_000, 64_000_000)]
    public int BatchMaxChars { get; set; } = 4_000_000;

    /// <summary>Attempts at the database before a batch goes to the journal. Default 3.</summary>
    [Range(1, 10)]
    public int WriteAttempts { get; set; } = 3;

    /// <summary>First retry delay; doubles per failure up to <see cref="RetryMaxDelay"/>. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between journal replay attempts. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Conversations or activities per page of the store. Default 50.</summary>
    [Range(1, 1_000)]
    public int PageSize { get; set; } = 50;

    internal string ResolvedJournalPath =>
        Path.GetFullPath(JournalPath ?? Path.Combine(DataDirectory, "transcripts.journal"));

    internal string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "transcripts.db"));
}
