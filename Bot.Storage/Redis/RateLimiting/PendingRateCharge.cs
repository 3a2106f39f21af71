namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>
/// A message not yet charged to its sender's rate limit, left in the turn state by
/// <see cref="RateLimitMiddleware"/> for the Redis turn start to charge in its pipeline. Whoever takes it first
/// charges it, exactly once.
/// </summary>
public sealed class PendingRateCharge(string user)
{
    private string? _user = user;

    /// <summary>The user (<c>channel/userId</c>) to charge, or null when someone already took the charge.</summary>
    public string? TryTake() => Interlocked.Exchange(ref _user, null);
}
