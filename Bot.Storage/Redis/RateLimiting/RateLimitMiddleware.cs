using System.Globalization;
using System.Threading.RateLimiting;
using ChatBot.Storage.Redis.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// Lets each user (channel + user id) send <see cref="RateLimitOptions.PermitLimit"/> messages per
/// <see cref="RateLimitOptions.Window"/>. A refused message goes no further (no dialog, no state); the first refusal
/// of a throttle gets one polite reply saying when the user can write again, later ones are dropped quietly.
/// Only messages count: conversation updates, typing and the like pass through. With <c>deferToTurnStart</c> (the
/// Redis wiring) the check is made by <see cref="Turns.RedisTurnMiddleware"/> in the pipeline it sends anyway, and
/// here only for a message turned away before it.
/// </summary>
public sealed class RateLimitMiddleware : IMiddleware
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly IThrottleNotice _notice;
    private readonly TimeSpan _window;
    private readonly ILogger<RateLimitMiddleware> _logger;
    private readonly bool _deferToTurnStart;

    public RateLimitMiddleware(
        PartitionedRateLimiter<string> limiter,
        IThrottleNotice notice,
        IOptions<RateLimitOptions> options,
        ILogger<RateLimitMiddleware> logger,
        bool deferToTurnStart = false)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _limiter = limiter;
        _notice = notice;
        _window = options.Value.Window;
        _logger = logger;
        _deferToTurnStart = deferToTurnStart;
    }

    public async Task OnTurnAsync(
        ITurnContext turnContext,
        NextDelegate next,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var activity = turnContext.Activity;
        if (activity?.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.From?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var user = BotStateKey.UserOwner(activity.ChannelId ?? string.Empty, activity.From.Id);
        if (!_deferToTurnStart)
        {
            if (await AdmitAsync(turnContext, user, cancellationToken))
            {
                await next(cancellationToken);
            }

            return;
        }

        // The Redis turn start checks the limit in the pipeline it sends anyway (PendingRateCharge). A turn turned
        // away before it (input validation) is charged here instead: before its first reply leaves, so a throttled
        // user still hears nothing but the one notice, or after the pipeline when it sends nothing.
        var charge = new PendingRateCharge(user);
        turnContext.TurnState.Add(charge);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
            charge.TryTake() is null || await AdmitAsync(context, user, cancellationToken)
                ? await nextSend()
                : []);
        await next(cancellationToken);
        if (charge.TryTake() is not null)
        {
            await AdmitAsync(turnContext, user, cancellationToken);
        }
    }

    /// <summary>
    /// Charges one message to <paramref name="user"/> (<c>channel/userId</c>); when refused, tells the user once
    /// per throttle and returns false.
    /// </summary>
    public async Task<bool> AdmitAsync(ITurnContext turnContext, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(user);

        using var lease = await _limiter.AcquireAsync(user, 1, cancellationToken);
        if (lease.IsAcquired)
        {
            return true;
        }

        var retryAfter = RetryAfter(lease);
        var tell = await _notice.TryClaimAsync(user, retryAfter, cancellationToken);
        await RefuseAsync(turnContext, retryAfter, tell, cancellationToken);
        return false;
    }

    /// <summary>When a refused <paramref name="lease"/> frees up (the whole window if it does not say).</summary>
    public TimeSpan RetryAfter(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var value) ? value : _window;
    }

    /// <summary>Logs a refused message and, when <paramref name="tell"/>, sends the one notice.</summary>
    public async Task RefuseAsync(
        ITurnContext turnContext,
        TimeSpan retryAfter,
        bool tell,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        RateLimitLog.Throttled(_logger, turnContext.Activity.ChannelId ?? string.Empty,
            (long)retryAfter.TotalMilliseconds, tell);
        if (tell)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Reply(retryAfter)), cancellationToken);
        }
    }

    /// <summary>The reply a throttled user gets once, e.g. "... Please write again in 42 seconds."</summary>
    public static string Reply(TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        var when = seconds switch
        {
            1 => "a second",
            < 90 => string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(seconds / 60.0)} minutes"),
        };
        return $"You're sending messages faster than I can keep up with. Please write again in {when}, "
            + "and I'll pick up from there.";
    }
}
