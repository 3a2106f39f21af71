using System.Net;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Retries sends that a channel throttled (HTTP 429), waiting as long as its Retry-After asks, or backing off
/// exponentially when it says nothing. Teams throttles bursts per conversation and per bot; dropping those
/// replies would lose answers the user is waiting for. A wait longer than <see cref="MaxDelay"/> is not attempted:
/// the turn would outlive the user's patience, so the 429 is returned to the caller instead.
/// </summary>
public sealed partial class ConnectorThrottleRetryHandler(
    TimeProvider time,
    ILogger<ConnectorThrottleRetryHandler> logger)
    : DelegatingHandler
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxRetries)
            {
                return response;
            }

            var delay = DelayFor(response, attempt);
            if (delay > MaxDelay)
            {
                Log.RetryAfterTooLong(logger, delay);
                return response;
            }

            response.Dispose();
            Log.Throttled(logger, attempt + 1, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        return asked is { } wait
            ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait)
            : FirstBackoff * Math.Pow(2, attempt);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, EventName = "SendThrottled", Level = LogLevel.Warning,
            Message = "The channel throttled a send (429); retry {Attempt} in {Delay}")]
        public static partial void Throttled(ILogger logger, int attempt, TimeSpan delay);

        [LoggerMessage(EventId = 3102, EventName = "RetryAfterTooLong", Level = LogLevel.Warning,
            Message = "The channel asked to wait {Delay} before retrying, longer than a turn waits; the send fails")]
        public static partial void RetryAfterTooLong(ILogger logger, TimeSpan delay);
    }
}
