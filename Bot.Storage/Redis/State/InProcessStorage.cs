using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// The embedded default <see cref="IStorage"/> (no Redis configured), with <see cref="RedisStorage"/>'s contract,
/// serialisation and expiry kept in this process. Three differences from the SDK's MemoryStorage, each measured or
/// seen in use: MemoryStorage serialises and parses JSON inside one lock for the whole instance, so concurrent turns
/// queued behind each other (a fifth of the bot's CPU went to that lock under load); it keeps every conversation
/// it ever saw, so a long-running instance only grows; and it writes .NET type names, so what a turn can store
/// differed from the Redis store's allow-list. Here each key is swapped atomically (compare-and-swap on the entry,
/// JSON work outside any lock), conversation state expires <see cref="StateOptions.ConversationTtl"/> after its
/// last read or write and other state <see cref="StateOptions.UserTtl"/> after its last write, and values go
/// through the same <see cref="StateJsonSerializer"/> as in Redis.
/// </summary>
public sealed class InProcessStorage : IStorage, IDisposable
{
    private static readonly TimeSpan MaxSweepPeriod = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly StateJsonSerializer _serializer;
    private readonly StateOptions _options;
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;
    private long _lastETag;

    public InProcessStorage(StateJsonSerializer serializer, IOptions<StateOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _serializer = serializer;
        _options = options.Value;
        _time = time;
        var period = _options.ConversationTtl < MaxSweepPeriod ? _options.ConversationTtl : MaxSweepPeriod;
        _sweep = time.CreateTimer(_ => Sweep(), null, period, period);
    }

    /// <summary>How many items are held, expired ones not yet swept included.</summary>
    public int Count => _entries.Count;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var now = _time.GetUtcNow();
        var items = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                continue;
            }

            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                continue;
            }

            if (entry.Slides)
            {
                // Losing this race means a write replaced the entry just now, with a fresh expiry of its own.
                _entries.TryUpdate(key, entry with { ExpiresAt = now + _options.ConversationTtl }, entry);
            }

            if (_serializer.Deserialize(entry.Json) is { } item)
            {
                items[key] = StoredItemETag.Attach(item, entry.ETag);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        List<string>? conflicts = null;
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            if (value is null)
            {
                _entries.TryRemove(key, out _);
            }
            else if (!TrySwap(key, StoredItemETag.ExpectedBy(value), value))
            {
                (conflicts ??= []).Add(key);
            }
        }

        return conflicts is null ? Task.CompletedTask : Task.FromException(new ETagConflictException(conflicts));
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        foreach (var key in keys)
        {
            _entries.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets every item (used as Redis's stand-in: what an outage left is stale once Redis is back).
    /// </summary>
    public void Clear() => _entries.Clear();

    public void Dispose() => _sweep.Dispose();

    /// <summary>
    /// Stores <paramref name="value"/> when the key is missing (or expired) or holds <paramref name="expected"/>
    /// ("" matches anything); false when another write got there first with a different ETag.
    /// </summary>
    private bool TrySwap(string key, string expected, object value)
    {
        var slides = BotStateKey.Parse(key).Scope == StateScope.Conversation;
        var json = _serializer.Serialize(value);
        var etag = Interlocked.Increment(ref _lastETag).ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            var now = _time.GetUtcNow();
            var fresh = new Entry(etag, json, now + (slides ? _options.ConversationTtl : _options.UserTtl), slides);
            if (!_entries.TryGetValue(key, out var current) || current.ExpiresAt <= now)
            {
                if (current is null ? _entries.TryAdd(key, fresh) : _entries.TryUpdate(key, fresh, current))
                {
                    return true;
                }

                continue;
            }

            if (expected.Length > 0 && !string.Equals(current.ETag, expected, StringComparison.Ordinal))
            {
                return false;
            }

            if (_entries.TryUpdate(key, fresh, current))
            {
                return true;
            }
        }
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed record Entry(string ETag, string Json, DateTimeOffset ExpiresAt, bool Slides);
}
