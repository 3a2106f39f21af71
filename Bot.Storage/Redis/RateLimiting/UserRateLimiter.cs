using System.Threading.RateLimiting;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// The Redis sliding window while Redis answers, this instance's in-process window while it does not: the bot keeps
/// answering through an outage (limits then hold per instance only) and returns to the shared window by itself.
/// </summary>
public sealed class UserRateLimiter : PartitionedRateLimiter<string>
{
    private const string Component = "rate limiter";

    private readonly RedisSlidingWindowRateLimiter _redis;
    private readonly PartitionedRateLimiter<string> _fallback;
    private readonly RedisAvailability _availability;

    public UserRateLimiter(
        RedisSlidingWindowRateLimiter redis,
        PartitionedRateLimiter<string> fallback,
        RedisAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(availability);

        _redis = redis;
        _fallback = fallback;
        _availability = availability;
    }

    public override RateLimiterStatistics? GetStatistics(string resource) => _fallback.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        _fallback.AttemptAcquire(resource, permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        string resource,
        int permitCount,
        CancellationToken cancellationToken)
    {
        if (_availability.IsUp(Component))
        {
            try
            {
                var lease = await _redis.AcquireAsync(resource, permitCount, cancellationToken);
                _availability.ReportSuccess(Component);
                return lease;
            }
            catch (Exception ex) when (RedisAvailability.IsOutage(ex))
            {
                _availability.ReportFailure(Component, ex);
            }
        }

        return await _fallback.AcquireAsync(resource, permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _redis.Dispose();
            _fallback.Dispose();
        }

        base.Dispose(disposing);
    }
}
