using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Turns;

/// <summary>
/// The turn lock stage when state lives in Redis: the turn's Redis work in two pipelines instead of one round trip
/// per step (issue 8: at most three per turn on the common path).
/// <list type="number">
/// <item>Start: the rate-limit check (left by <see cref="RateLimitMiddleware"/> as a <see cref="PendingRateCharge"/>),
/// the lock <c>SET NX</c> and the reads of the conversation's and the user's state, in one batch. A refused message
/// releases the lock it took and claims the one notice in a second batch; a busy lock drops what was read, backs off
/// and tries the lock and the reads again (the message is not charged twice).</item>
/// <item>The rest of the pipeline runs in a <see cref="RedisTurnScope"/>: the SDK's state loads are answered from
/// what the start read, its saves wait for the end.</item>
/// <item>End: the state writes (and answer-cache entries) then the lock release, in one batch; Redis applies them in
/// that order, so the next turn cannot take the lock before this turn's state is written.</item>
/// </list>
/// While Redis is unreachable it runs the in-process limiter and lock, as the separate middleware did.
/// </summary>
public sealed class RedisTurnMiddleware : IMiddleware
{
    private const string Component = "turn lock";

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisAvailability _availability;
    private readonly RedisTurnLock _turnLock;
    private readonly RedisSlidingWindowRateLimiter _window;
    private readonly RateLimitMiddleware _rateLimit;
    private readonly TimeSpan _conversationTtl;
    private readonly TimeSpan _lockWaitTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisTurnMiddleware> _logger;

    public RedisTurnMiddleware(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RedisAvailability availability,
        RedisTurnLock turnLock,
        RedisSlidingWindowRateLimiter window,
        RateLimitMiddleware rateLimit,
        IOptions<StateOptions> stateOptions,
        IOptions<TurnLockOptions> lockOptions,
        TimeProvider time,
        ILogger<RedisTurnMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(turnLock);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(rateLimit);
        ArgumentNullException.ThrowIfNull(stateOptions);
        ArgumentNullException.ThrowIfNull(lockOptions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _redis = redis;
        _keys = keys;
        _availability = availability;
        _turnLock = turnLock;
        _window = window;
        _rateLimit = rateLimit;
        _conversationTtl = stateOptions.Value.ConversationTtl;
        _lockWaitTimeout = lockOptions.Value.WaitTimeout;
        _time = time;
        _logger = logger;
    }

    public async Task OnTurnAsync(
        ITurnContext turnContext,
        NextDelegate next,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity?.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId))
        {
            await next(cancellationToken);
            return;
        }

        var charge = turnContext.TurnState.Get<PendingRateCharge>()?.TryTake();
        if (!_availability.IsUp(Component))
        {
            await RunInProcessAsync(turnContext, charge, next, cancellationToken);
            return;
        }

        var keys = _keys.ForTurn(activity.ChannelId, activity.Conversation.Id, activity.From?.Id);
        TurnStart? start;
        try
        {
            start = await StartAsync(turnContext, keys, charge, cancellationToken);
        }
        catch (Exception ex) when (ex is not TurnLockTimeoutException && RedisAvailability.IsOutage(ex))
        {
            // A lock that stayed busy is not an outage: that turn fails, it must not run beside the holder.
            _availability.ReportFailure(Component, ex);
            await RunInProcessAsync(turnContext, charge, next, cancellationToken);
            return;
        }

        if (start is null)
        {
            return;
        }

        var scope = RedisTurnScope.Enter(start.ReadAhead);
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            await EndAfterErrorAsync(scope, start.Lease);
            throw;
        }
        finally
        {
            RedisTurnScope.Exit();
        }

        // The bot has answered: an outage now costs this turn's state writes, but failing the turn would make the
        // error handler apologise for an answer the user has and throw the conversation's dialog away.
        try
        {
            await EndAsync(scope, start.Lease);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            RedisTurnLog.EndFailed(_logger, ex);
        }
    }

    // Null when the message was refused (and answered) by the rate limit.
    private async Task<TurnStart?> StartAsync(
        ITurnContext turnContext,
        TurnKeys keys,
        string? charge,
        CancellationToken cancellationToken)
    {
        var token = RedisTurnLock.NewToken();
        var started = _time.GetTimestamp();
        var backoff = RedisTurnLock.FirstBackoff;
        while (true)
        {
            var batch = _redis.GetDatabase().CreateBatch();
            var admit = charge is null ? null : _window.AcquireAsync(batch, keys.RateWindow, 1);
            var locked = _turnLock.TryAcquireAsync(batch, keys.TurnLock, token);

            // After the SET NX on purpose: a connection's commands run in order, and the lock and the conversation
            // state share a hash tag (one node in a cluster), so once the lock is ours these see the last turn's save.
            var conversation = batch.StringGetSetExpiryAsync(keys.ConversationState, _conversationTtl);
            var user = keys.UserStorageKey is null ? null : batch.StringGetAsync(keys.UserState);
            batch.Execute();
            await Task.WhenAll(new Task?[] { admit, locked, conversation, user }.OfType<Task>());
            _availability.ReportSuccess(Component);

            if (admit is { Result.IsAcquired: false })
            {
                await RefuseAsync(turnContext, keys, admit.Result, locked.Result ? token : null, cancellationToken);
                return null;
            }

            var waited = _time.GetElapsedTime(started);
            if (locked.Result)
            {
                if (waited > RedisTurnLock.FirstBackoff)
                {
                    TurnLockLog.Waited(_logger, (long)waited.TotalMilliseconds);
                }

                var readAhead = new List<(string, RedisKey, RedisValue)>
                {
                    (keys.ConversationStorageKey, keys.ConversationState, conversation.Result),
                };
                if (keys.UserStorageKey is not null && user is not null)
                {
                    readAhead.Add((keys.UserStorageKey, keys.UserState, user.Result));
                }

                return new TurnStart(_turnLock.Hold(keys.TurnLock, token), readAhead);
            }

            if (waited >= _lockWaitTimeout)
            {
                throw new TurnLockTimeoutException(_lockWaitTimeout);
            }

            // The previous turn still runs: what was read is its starting point, not ours. The message is already
            // charged, so only the lock and the reads are tried again.
            charge = null;
            backoff = await _turnLock.BackOffAsync(backoff, cancellationToken);
        }
    }

    private async Task RefuseAsync(
        ITurnContext turnContext,
        TurnKeys keys,
        System.Threading.RateLimiting.RateLimitLease refusal,
        string? heldToken,
        CancellationToken cancellationToken)
    {
        var retryAfter = _rateLimit.RetryAfter(refusal);
        var batch = _redis.GetDatabase().CreateBatch();
        var released = heldToken is null ? Task.CompletedTask : _turnLock.ReleaseAsync(batch, keys.TurnLock, heldToken);
        var tell = RedisThrottleNotice.TryClaimAsync(batch, keys.RateNotice, retryAfter);
        batch.Execute();
        await Task.WhenAll(released, tell);
        await _rateLimit.RefuseAsync(turnContext, retryAfter, tell.Result, cancellationToken);
    }

    private async Task EndAsync(RedisTurnScope scope, RedisTurnLock.Lease lease)
    {
        var batch = _redis.GetDatabase().CreateBatch();
        var writes = scope.Close().Select(write => write(batch)).ToList();
        var released = lease.ReleaseAsync(batch);
        batch.Execute();
        try
        {
            await Task.WhenAll(writes);
        }
        finally
        {
            await released;
        }
    }

    // The turn's own exception is the one to report; a failing save or release after it is only logged.
    private async Task EndAfterErrorAsync(RedisTurnScope scope, RedisTurnLock.Lease lease)
    {
        try
        {
            await EndAsync(scope, lease);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            RedisTurnLog.EndFailedAfterError(_logger, ex);
        }
    }

    private async Task RunInProcessAsync(
        ITurnContext turnContext,
        string? charge,
        NextDelegate next,
        CancellationToken cancellationToken)
    {
        if (charge is not null && !await _rateLimit.AdmitAsync(turnContext, charge, cancellationToken))
        {
            return;
        }

        var activity = turnContext.Activity;
        var owner = BotStateKey.ConversationOwner(activity.ChannelId, activity.Conversation.Id);
        await using var lease = await _turnLock.AcquireAsync(owner, cancellationToken);
        await next(cancellationToken);
    }

    private sealed record TurnStart(RedisTurnLock.Lease Lease, List<(string, RedisKey, RedisValue)> ReadAhead);
}
