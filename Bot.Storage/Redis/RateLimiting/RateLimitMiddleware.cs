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
/// Only messages count: conversation updates, typing and the like pass through.
/// </summary>
public sealed class RateLimitMiddleware : IMiddleware
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly IThrottleNotice _notice;
    private readonly TimeSpan _window;
    private readonly ILogger<RateLimitMiddleware> _logger;

    public RateLimitMiddleware(
        PartitionedRateLimiter<string> limiter,
        IThrottleNotice notice,
        IOptions<RateLimitOptions> options,
        ILogger<RateLimitMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _limiter = limiter;
        _notice = notice;
        _window = options.Value.Window;
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
        if (activity?.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.From?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var user = BotStateKey.UserOwner(activity.ChannelId ?? string.Empty, activity.From.Id);
        using (var lease = await _limiter.AcquireAsync(user, 1, cancellationToken))
        {
            if (lease.IsAcquired)
            {
                await next(cancellationToken);
                return;
            }

            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var value) ? value : _window;
            var tell = await _notice.TryClaimAsync(user, retryAfter, cancellationToken);
            var waitMs = (long)retryAfter.TotalMilliseconds;
            RateLimitLog.Throttled(_logger, activity.ChannelId ?? string.Empty, waitMs, tell);
            if (tell)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(Reply(retryAfter)), cancellationToken);
            }
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
