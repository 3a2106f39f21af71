using StackExchange.Redis;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// The "already told" flag in Redis (<c>SET NX PX</c> beside the user's window, same hash tag), so a user whose
/// messages land on two instances is still told once; falls back to <see cref="InProcessThrottleNotice"/>.
/// </summary>
public sealed class RedisThrottleNotice : IThrottleNotice
{
    private const string Component = "rate limiter";

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisAvailability _availability;
    private readonly InProcessThrottleNotice _fallback;

    public RedisThrottleNotice(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RedisAvailability availability,
        InProcessThrottleNotice fallback)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(fallback);

        _redis = redis;
        _keys = keys;
        _availability = availability;
        _fallback = fallback;
    }

    public async ValueTask<bool> TryClaimAsync(
        string userOwner,
        TimeSpan quietFor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userOwner);

        if (_availability.IsUp(Component))
        {
            try
            {
                var key = _keys.RateNotice(userOwner);
                return await _redis.GetDatabase().StringSetAsync(key, 1, quietFor, When.NotExists);
            }
            catch (Exception ex) when (RedisAvailability.IsOutage(ex))
            {
                _availability.ReportFailure(Component, ex);
            }
        }

        return await _fallback.TryClaimAsync(userOwner, quietFor, cancellationToken);
    }

    /// <summary>Queues the claim of the flag at <paramref name="noticeKey"/> in a batch the caller executes.</summary>
    internal static Task<bool> TryClaimAsync(IBatch batch, RedisKey noticeKey, TimeSpan quietFor) =>
        batch.StringSetAsync(noticeKey, 1, quietFor, When.NotExists);
}
