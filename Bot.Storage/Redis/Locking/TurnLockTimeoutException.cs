namespace ChatBot.Storage.Redis.Locking;

/// <summary>A turn waited longer than <see cref="TurnLockOptions.WaitTimeout"/> for its conversation's lock.</summary>
public sealed class TurnLockTimeoutException : TimeoutException
{
    public TurnLockTimeoutException()
    {
    }

    public TurnLockTimeoutException(string message)
        : base(message)
    {
    }

    public TurnLockTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TurnLockTimeoutException(TimeSpan waited)
        : base(
            $"The previous turn of this conversation still held its turn lock after {waited.TotalSeconds:0.#} s. "
            + "Either a turn is unusually slow (raise TurnLock:WaitTimeout and TurnLock:Expiry above the slowest "
            + "turn) or a burst of messages queued up behind it.")
    {
    }
}
