namespace ChatBot.Bench.LoadGenerator.Reporting;

/// <summary>One concurrency level's figures; the optional ones are null when their probe was not given.</summary>
public sealed record LevelResult
{
    public int Users { get; init; }

    public double Seconds { get; init; }

    public long Turns { get; init; }

    public double TurnsPerSecond { get; init; }

    public double P50Ms { get; init; }

    public double P95Ms { get; init; }

    public double P99Ms { get; init; }

    public double MaxMs { get; init; }

    public IReadOnlyDictionary<string, long> Errors { get; init; } = new Dictionary<string, long>();

    public long ErrorCount => Errors.Values.Sum();

    public IReadOnlyList<string> ErrorSamples { get; init; } = [];

    /// <summary>Activities posted during the whole level (warm-up and tail included).</summary>
    public long ActivitiesSent { get; init; }

    public long RepliesReceived { get; init; }

    public long Conversations { get; init; }

    public double? RedisCommandsPerTurn { get; init; }

    public IReadOnlyDictionary<string, long>? RedisCommands { get; init; }

    /// <summary>Growth of Redis's <c>used_memory</c> over the level per conversation started (all keys).</summary>
    public double? RedisBytesPerConversation { get; init; }

    /// <summary>
    /// Conversation and user keys (state, rate window) after the level, per conversation started so far in the
    /// run: what one idle conversation keeps in Redis until it expires.
    /// </summary>
    public double? RedisBytesPerIdleConversation { get; init; }

    public IReadOnlyDictionary<string, ChatBot.Bench.LoadGenerator.Probes.RedisKeyClass>? RedisKeys { get; init; }

    /// <summary>Rows stored for this level's own conversations once the writer drained (never calibration's).</summary>
    public long? TranscriptRowsWritten { get; init; }

    /// <summary>Activities sent plus replies received: what the transcript must hold once the writer drained.</summary>
    public long? TranscriptRowsExpected { get; init; }

    public double? RowsPerInsert { get; init; }

    public double? PeakRssMiB { get; init; }

    public double? HighWaterMarkMiB { get; init; }

    public double? ServerCpuMsPerTurn { get; init; }

    public double LoadGeneratorCpuMsPerTurn { get; init; }

    /// <summary>CPU of the services given with <c>--service-pid</c> (Redis, MariaDB) per turn.</summary>
    public double? ServicesCpuMsPerTurn { get; init; }

    /// <summary>CPU seconds the whole machine was busy during the level (all cores).</summary>
    public double MachineBusyCpuSeconds { get; init; }

    /// <summary>Busy CPU seconds neither the server nor the load generator used: other work on the machine.</summary>
    public double? OtherCpuSeconds { get; init; }
}
