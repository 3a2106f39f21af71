using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Redis.State;

/// <summary>Settings under <c>State</c>: how long Bot Framework state lives in Redis.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>
    /// Conversation (and private conversation) state expires this long after its last read or write;
    /// default 30 minutes. A conversation that comes back later starts fresh.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>User state and other key shapes expire this long after their last write; default 30 days.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan UserTtl { get; set; } = TimeSpan.FromDays(30);
}
