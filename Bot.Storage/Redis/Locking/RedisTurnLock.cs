using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Locking;

/// <summary>
/// The turn lock shared by every instance: <c>SET key token NX PX expiry</c>, where the random token says who
/// holds it, released by a script that deletes the key only while it still holds that token (a turn that outlived
/// its lock must not free the next turn's). While the turn runs, the holder extends the expiry every third of it,
/// so a slow turn keeps its lock; a holder that dies stops extending and is freed by the expiry. Waiting polls
/// with a backoff that doubles from 5 ms up to 100 ms, bounded by <see cref="TurnLockOptions.WaitTimeout"/>.
/// While Redis is unreachable the instance falls back to its <see cref="InProcessTurnLock"/>.
/// </summary>
public sealed class RedisTurnLock : ITurnLock
{
    private const string Component = "turn lock";
    internal static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(100);

    private static readonly LuaScript Release = LuaScript.Prepare(
        """
        if redis.call('GET', @key) == @token then
          return redis.call('DEL', @key)
        end
        return 0
        """);

    private static readonly LuaScript Extend = LuaScript.Prepare(
        """
        if redis.call('GET', @key) == @token then
          return redis.call('PEXPIRE', @key, @expiry)
        end
        return 0
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisAvailability _availability;
    private readonly InProcessTurnLock _fallback;
    private readonly TurnLockOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisTurnLock> _logger;

    public RedisTurnLock(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RedisAvailability availability,
        InProcessTurnLock fallback,
        IOptions<TurnLockOptions> options,
        TimeProvider time,
        ILogger<RedisTurnLock> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _redis = redis;
        _keys = keys;
        _availability = availability;
        _fallback = fallback;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(
        string conversationOwner,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationOwner);

        if (!_availability.IsUp(Component))
        {
            return await _fallback.AcquireAsync(conversationOwner, cancellationToken);
        }

        var key = _keys.TurnLock(conversationOwner);
        var token = NewToken();
        var started = _time.GetTimestamp();
        var backoff = FirstBackoff;
        while (true)
        {
            bool acquired;
            try
            {
                acquired = await _redis.GetDatabase().StringSetAsync(key, token, _options.Expiry, When.NotExists);
            }
            catch (Exception ex) when (RedisAvailability.IsOutage(ex))
            {
                _availability.ReportFailure(Component, ex);
                return await _fallback.AcquireAsync(conversationOwner, cancellationToken);
            }

            var waited = _time.GetElapsedTime(started);
            if (acquired)
            {
                _availability.ReportSuccess(Component);
                if (waited > FirstBackoff)
                {
                    TurnLockLog.Waited(_logger, (long)waited.TotalMilliseconds);
                }

                return new Lease(this, key, token);
            }

            if (waited >= _options.WaitTimeout)
            {
                throw new TurnLockTimeoutException(_options.WaitTimeout);
            }

            backoff = await BackOffAsync(backoff, cancellationToken);
        }
    }

    /// <summary>A fresh holder token: says who holds a lock, so only its holder releases it.</summary>
    internal static string NewToken() => UniqueIds.Next();

    /// <summary>Queues one <c>SET NX</c> attempt in <paramref name="batch"/>; true when it took the lock.</summary>
    internal Task<bool> TryAcquireAsync(IBatch batch, RedisKey key, string token) =>
        batch.StringSetAsync(key, token, _options.Expiry, When.NotExists);

    /// <summary>The lease of a lock taken with <paramref name="token"/>: renewed while held.</summary>
    internal Lease Hold(RedisKey key, string token) => new(this, key, token);

    /// <summary>Waits before the next attempt; returns the following backoff.</summary>
    internal async Task<TimeSpan> BackOffAsync(TimeSpan backoff, CancellationToken cancellationToken)
    {
        // Jitter keeps two waiters on different instances from polling in lockstep.
        var delay = backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)backoff.TotalMilliseconds + 1));
        await Task.Delay(delay, _time, cancellationToken);
        return TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
    }

    private async Task ExtendAsync(RedisKey key, string token)
    {
        try
        {
            var expiry = (long)_options.Expiry.TotalMilliseconds;
            await _redis.GetDatabase().ScriptEvaluateAsync(Extend, new { key, token = (RedisValue)token, expiry });
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex) || ex is ObjectDisposedException)
        {
            // The next tick tries again; if Redis stays away the lock expires, as for a crashed holder.
            _availability.ReportFailure(Component, ex);
        }
    }

    /// <summary>Releases the lock at <paramref name="key"/> if <paramref name="token"/> still holds it.</summary>
    internal async Task ReleaseAsync(IDatabaseAsync redis, RedisKey key, string token)
    {
        try
        {
            var parameters = new { key, token = (RedisValue)token };
            var deleted = (long)await redis.ScriptEvaluateAsync(Release, parameters);
            if (deleted == 0)
            {
                TurnLockLog.Lost(_logger);
            }
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            TurnLockLog.ReleaseFailed(_logger, ex);
        }
    }

    internal sealed class Lease : IAsyncDisposable
    {
        private readonly RedisTurnLock _owner;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly ITimer _renewal;
        private int _released;

        public Lease(RedisTurnLock owner, RedisKey key, string token)
        {
            _owner = owner;
            _key = key;
            _token = token;
            var period = owner._options.Expiry / 3;
            _renewal = owner._time.CreateTimer(_ => _ = owner.ExtendAsync(key, token), null, period, period);
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await _renewal.DisposeAsync();
                await _owner.ReleaseAsync(_owner._redis.GetDatabase(), _key, _token);
            }
        }

        /// <summary>
        /// Queues the release in <paramref name="batch"/>, behind what the batch already holds (the turn's
        /// writes: Redis applies them before the next turn can take the lock), and stops the renewal.
        /// </summary>
        public Task ReleaseAsync(IBatch batch)
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return Task.CompletedTask;
            }

            _renewal.Dispose();
            return _owner.ReleaseAsync(batch, _key, _token);
        }
    }
}
