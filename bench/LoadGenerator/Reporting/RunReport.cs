namespace ChatBot.Bench.LoadGenerator.Reporting;

/// <summary>A whole run: what was loaded, on which machine, with which question pool, and each level.</summary>
public sealed record RunReport
{
    public string Label { get; init; } = string.Empty;

    public string Target { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public string Machine { get; init; } = string.Empty;

    public DateTimeOffset StartedUtc { get; init; }

    public int PoolCandidates { get; init; }

    public int PoolKept { get; init; }

    public int PoolSuffixSafe { get; init; }

    /// <summary>A few of the questions the bot answered otherwise on the quiet first pass: "text -> expected /
    /// got".</summary>
    public IReadOnlyList<string> PoolDropped { get; init; } = [];

    public string Mix { get; init; } = string.Empty;

    public IReadOnlyList<LevelResult> Levels { get; init; } = [];
}
