namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>Remembers that a throttled user was told, so they get one reply per throttle, not one per message.</summary>
public interface IThrottleNotice
{
    /// <summary>True the first time for <paramref name="userOwner"/> until <paramref name="quietFor"/> has passed.</summary>
    ValueTask<bool> TryClaimAsync(string userOwner, TimeSpan quietFor, CancellationToken cancellationToken = default);
}
