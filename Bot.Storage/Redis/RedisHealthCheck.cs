using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>Readiness: Redis answers a PING on the shared connection (every primary, on a cluster).</summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    private readonly IConnectionMultiplexer _redis;

    public RedisHealthCheck(IConnectionMultiplexer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);

        _redis = redis;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (!_redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy(
                "Redis is unreachable (ConnectionStrings:Redis); the connection retries on its own.");
        }

        try
        {
            var pings = _redis.GetServers().Where(s => !s.IsReplica).Select(s => s.PingAsync());
            var latencies = await Task.WhenAll(pings).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latencies.Max().TotalMilliseconds:0.#} ms.");
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            return HealthCheckResult.Unhealthy("Redis did not answer PING (ConnectionStrings:Redis).", ex);
        }
    }
}
