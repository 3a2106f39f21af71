namespace ChatBot.Storage.Redis.Locking;

/// <summary>
/// Runs the turns of one conversation one after another (bug B10): two messages of a conversation arriving
/// together, on one instance or two, must not both read the same state and overwrite each other's update.
/// </summary>
public interface ITurnLock
{
    /// <summary>
    /// Waits until the caller holds the lock of <paramref name="conversationOwner"/>
    /// (<c>channel/conversationId</c>); disposing the result releases it.
    /// </summary>
    /// <exception cref="TurnLockTimeoutException">The previous turn held the lock past the wait timeout.</exception>
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationOwner, CancellationToken cancellationToken = default);
}
