namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>Remembers that a throttled user was told: one reply per throttle, not one per message.</summary>
public interface IThrottleNotice
{
    /// <summary>True the first time for <paramref name="userOwner"/>, false for <paramref name="quietFor"/>.</summary>
    ValueTask<bool> TryClaimAsync(string userOwner, TimeSpan quietFor, CancellationToken cancellationToken = default);
}
