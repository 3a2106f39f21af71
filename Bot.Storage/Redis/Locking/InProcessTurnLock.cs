using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.Locking;

/// <summary>
/// The turn lock of a single instance: one semaphore per conversation that has a turn running or waiting,
/// dropped when the last one leaves. The embedded default, and the Redis lock's fallback during an outage.
/// </summary>
public sealed class InProcessTurnLock : ITurnLock
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly TimeSpan _waitTimeout;

    public InProcessTurnLock(IOptions<TurnLockOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _waitTimeout = options.Value.WaitTimeout;
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(
        string conversationOwner,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationOwner);

        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationOwner, out gate!))
            {
                gate = new Gate();
                _gates.Add(conversationOwner, gate);
            }

            gate.Users++;
        }

        var entered = false;
        try
        {
            entered = await gate.Semaphore.WaitAsync(_waitTimeout, cancellationToken);
        }
        finally
        {
            if (!entered)
            {
                Leave(conversationOwner, gate);
            }
        }

        return entered ? new Lease(this, conversationOwner, gate) : throw new TurnLockTimeoutException(_waitTimeout);
    }

    private void Leave(string conversationOwner, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(conversationOwner);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(InProcessTurnLock owner, string conversationOwner, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(conversationOwner, gate);
            }

            return ValueTask.CompletedTask;
        }
    }
}
