namespace ChatBot.Bench.LoadGenerator.Running;

/// <summary>
/// One virtual user's counts for one level; merged after the level, so the hot path takes no lock.
/// Latencies and errors count the turns that ended inside the measured window; the totals
/// (activities, replies, conversations) cover the whole level, because the server-side counters do too.
/// </summary>
public sealed class LevelTally
{
    public List<double> LatenciesMs { get; } = new(4096);

    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A few failed turns, "kind: what was sent -> what came back", to start an investigation from.</summary>
    public List<string> ErrorSamples { get; } = [];

    public long MeasuredTurns { get; set; }

    public long ActivitiesSent { get; set; }

    public long RepliesReceived { get; set; }

    public long FailedTurns { get; set; }

    public long Conversations { get; set; }

    public const int MaxSamples = 10;

    public void Sample(string sample)
    {
        if (ErrorSamples.Count < MaxSamples)
        {
            ErrorSamples.Add(sample);
        }
    }

    public void Merge(LevelTally other)
    {
        ArgumentNullException.ThrowIfNull(other);

        LatenciesMs.AddRange(other.LatenciesMs);
        foreach (var (kind, count) in other.Errors)
        {
            Errors[kind] = Errors.GetValueOrDefault(kind) + count;
        }

        ErrorSamples.AddRange(other.ErrorSamples.Take(Math.Max(0, MaxSamples - ErrorSamples.Count)));
        MeasuredTurns += other.MeasuredTurns;
        ActivitiesSent += other.ActivitiesSent;
        RepliesReceived += other.RepliesReceived;
        FailedTurns += other.FailedTurns;
        Conversations += other.Conversations;
    }
}
