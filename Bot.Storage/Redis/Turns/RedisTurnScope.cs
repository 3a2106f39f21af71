using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Turns;

/// <summary>
/// What one turn knows about its Redis keys and what it still has to write, so that the turn's reads and writes
/// ride on the two pipelines <see cref="RedisTurnMiddleware"/> sends anyway (one when the turn starts, one when it
/// ends) instead of costing round trips of their own. <see cref="State.RedisStorage"/> consults it:
/// <list type="bullet">
/// <item>a read of a key the turn read ahead (or already wrote) is answered from here;</item>
/// <item>an unconditional write (what the SDK's BotState does) is serialised now and sent at the end of the turn,
/// before the lock release; a write with an ETag to check still goes at once, so conflicts surface where the
/// caller can handle them.</item>
/// </list>
/// It is found through an <see cref="AsyncLocal{T}"/> because <c>IStorage</c> calls carry no turn context; the
/// middleware sets it around the rest of the pipeline only, so it never leaks into another turn.
/// </summary>
public sealed class RedisTurnScope
{
    private static readonly AsyncLocal<RedisTurnScope?> CurrentScope = new();

    private readonly Lock _gate = new();

    // Storage key -> the stored string (ETag + JSON) the key holds as far as this turn knows; Null = absent.
    private readonly Dictionary<string, RedisValue> _known = new(StringComparer.Ordinal);

    // Storage key -> Redis key of what the turn read ahead: saves re-deriving the key (a SHA-256) on each save.
    private readonly Dictionary<string, RedisKey> _redisKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IBatch, Task>> _stateWrites = new(StringComparer.Ordinal);
    private readonly List<Func<IBatch, Task>> _otherWrites = [];
    private bool _closed;

    /// <summary>The scope of the turn running on this async flow, if a Redis turn started it.</summary>
    public static RedisTurnScope? Current => CurrentScope.Value;

    internal static RedisTurnScope Enter(
        IEnumerable<(string StorageKey, RedisKey RedisKey, RedisValue Stored)> readAhead)
    {
        var scope = new RedisTurnScope();
        foreach (var (storageKey, redisKey, stored) in readAhead)
        {
            scope._known[storageKey] = stored;
            scope._redisKeys[storageKey] = redisKey;
        }

        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>The Redis key of <paramref name="storageKey"/> if the turn read it ahead, else null.</summary>
    internal RedisKey? RedisKeyOf(string storageKey) =>
        _redisKeys.TryGetValue(storageKey, out var redisKey) ? redisKey : (RedisKey?)null;

    /// <summary>True when the turn knows what <paramref name="storageKey"/> holds (Null: nothing).</summary>
    internal bool TryGetKnown(string storageKey, out RedisValue stored)
    {
        lock (_gate)
        {
            // Work that captured the turn's async flow (a timer, a background loop) may outlive it: once the turn
            // has ended, its snapshot is stale and reads go to Redis.
            stored = RedisValue.Null;
            return !_closed && _known.TryGetValue(storageKey, out stored);
        }
    }

    /// <summary>
    /// Queues unconditional state writes for the end of the turn; false (nothing queued) once the turn has ended,
    /// when the caller must write at once. A later write of a key replaces an earlier one (both overwrite).
    /// </summary>
    internal bool TryDeferStateWrites(
        IEnumerable<(string StorageKey, RedisValue Stored, Func<IBatch, Task> Write)> writes)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            foreach (var (storageKey, stored, write) in writes)
            {
                _known[storageKey] = stored;
                _stateWrites[storageKey] = write;
            }

            return true;
        }
    }

    /// <summary>Queues a write no read of this turn depends on (a cache entry); false once the turn ended.</summary>
    internal bool TryDefer(Func<IBatch, Task> write)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _otherWrites.Add(write);
            }

            return !_closed;
        }
    }

    /// <summary>
    /// Takes the queued state writes so a write that must go at once can send them first, in the same batch:
    /// Redis then applies the turn's writes in the order the turn made them.
    /// </summary>
    internal List<Func<IBatch, Task>> TakeStateWrites()
    {
        lock (_gate)
        {
            var writes = _stateWrites.Values.ToList();
            _stateWrites.Clear();
            return writes;
        }
    }

    /// <summary>Records what a write sent at once left in Redis (Null: deleted; forgotten when not known).</summary>
    internal void Record(string storageKey, RedisValue? stored)
    {
        lock (_gate)
        {
            _stateWrites.Remove(storageKey);
            if (stored is { } value)
            {
                _known[storageKey] = value;
            }
            else
            {
                _known.Remove(storageKey);
            }
        }
    }

    /// <summary>Ends the turn: later writes go straight to Redis; returns what the end pipeline must send.</summary>
    internal List<Func<IBatch, Task>> Close()
    {
        lock (_gate)
        {
            _closed = true;
            List<Func<IBatch, Task>> writes = [.. _stateWrites.Values, .. _otherWrites];
            _stateWrites.Clear();
            _otherWrites.Clear();
            return writes;
        }
    }

    internal static void Exit() => CurrentScope.Value = null;
}
