using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Caching;

/// <summary>
/// The embedded answer cache: in-process, bounded to <see cref="AnswerCacheOptions.MaxEntries"/> and expiring
/// after <see cref="AnswerCacheOptions.Ttl"/> on the injected clock. Used when no shared cache is registered.
/// </summary>
public sealed class MemoryAnswerCache : IAnswerCache
{
    private readonly ConcurrentDictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly AnswerCacheOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _trimLock = new();

    public MemoryAnswerCache(IOptions<AnswerCacheOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _options = options.Value;
        _time = time;
    }

    public int Count => _items.Count;

    public ValueTask<Answer?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);

        if (!_items.TryGetValue(key, out var item))
        {
            return ValueTask.FromResult<Answer?>(null);
        }

        if (item.ExpiresAt <= _time.GetUtcNow())
        {
            _items.TryRemove(new KeyValuePair<string, Item>(key, item));
            return ValueTask.FromResult<Answer?>(null);
        }

        return ValueTask.FromResult<Answer?>(item.Answer);
    }

    public ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answer);

        var now = _time.GetUtcNow();
        _items[key] = new Item(answer, now, now + _options.Ttl);
        if (_items.Count > _options.MaxEntries)
        {
            Trim(now);
        }

        return ValueTask.CompletedTask;
    }

    // Expired items go first; if that is not enough, the oldest tenth, so trimming is rare, not per insert.
    private void Trim(DateTimeOffset now)
    {
        lock (_trimLock)
        {
            if (_items.Count <= _options.MaxEntries)
            {
                return;
            }

            foreach (var (key, item) in _items.Where(p => p.Value.ExpiresAt <= now).ToList())
            {
                _items.TryRemove(new KeyValuePair<string, Item>(key, item));
            }

            var excess = _items.Count - _options.MaxEntries;
            if (excess <= 0)
            {
                return;
            }

            var evict = Math.Max(excess, _options.MaxEntries / 10);
            foreach (var pair in _items.OrderBy(p => p.Value.StoredAt).Take(evict).ToList())
            {
                _items.TryRemove(pair);
            }
        }
    }

    private sealed record Item(Answer Answer, DateTimeOffset StoredAt, DateTimeOffset ExpiresAt);
}
