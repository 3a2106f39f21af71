using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>Settings under <c>RateLimit</c>: messages a user (channel + user id) may send per sliding window.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Messages allowed per <see cref="Window"/>; default 20.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 20;

    /// <summary>Length of the sliding window; default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
