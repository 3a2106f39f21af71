namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>The transcript database at one moment: activity rows, and transactions committed server-wide.</summary>
public sealed record TranscriptSnapshot(long Rows, long Commits);
