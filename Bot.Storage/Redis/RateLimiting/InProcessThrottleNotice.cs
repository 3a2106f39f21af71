using System.Collections.Concurrent;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>The "already told" flags of one instance; expired flags are swept on the way.</summary>
public sealed class InProcessThrottleNotice : IThrottleNotice
{
    private const int SweepThreshold = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _quietUntil = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public InProcessThrottleNotice(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);

        _time = time;
    }

    public ValueTask<bool> TryClaimAsync(
        string userOwner,
        TimeSpan quietFor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userOwner);

        var now = _time.GetUtcNow();
        if (_quietUntil.Count > SweepThreshold)
        {
            foreach (var entry in _quietUntil.Where(e => e.Value <= now))
            {
                _quietUntil.TryRemove(entry);
            }
        }

        while (true)
        {
            if (_quietUntil.TryAdd(userOwner, now + quietFor))
            {
                return ValueTask.FromResult(true);
            }

            if (_quietUntil.TryGetValue(userOwner, out var until) && until > now)
            {
                return ValueTask.FromResult(false);
            }

            if (_quietUntil.TryUpdate(userOwner, now + quietFor, until))
            {
                return ValueTask.FromResult(true);
            }
        }
    }
}
