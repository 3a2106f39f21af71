using System.Threading.RateLimiting;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// The per-user limiter of a single instance, built from System.Threading.RateLimiting's sliding window (ten
/// segments per window, no queue): the embedded default, and the Redis limiter's fallback during an outage.
/// </summary>
public static class InProcessRateLimiter
{
    public static PartitionedRateLimiter<string> Create(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetSlidingWindowLimiter(
            user,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = options.Window,
                SegmentsPerWindow = 10,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }
}
