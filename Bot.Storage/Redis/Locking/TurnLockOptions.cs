using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Redis.Locking;

/// <summary>Settings under <c>TurnLock</c>: the per-conversation lock that runs one turn at a time.</summary>
public sealed class TurnLockOptions
{
    public const string SectionName = "TurnLock";

    /// <summary>
    /// A lock whose holder died is freed after this long; default 30 s. Longer than any healthy turn,
    /// short enough that a crashed instance does not stall its conversations for long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the previous turn of its conversation; default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
