using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on Redis with the SDK's storage contract: missing keys are absent from a
/// read; a write with ETag <c>*</c> or without an ETag overwrites; a write whose ETag does not match the stored
/// one fails with <see cref="ETagConflictException"/> (atomically, in a server-side script); every write stores
/// a new ETag. A batch of keys costs one pipelined round trip, not one per key. Conversation state slides
/// (<see cref="StateOptions.ConversationTtl"/> from its last read or write); user and other state lasts
/// <see cref="StateOptions.UserTtl"/> from its last write. Keys are laid out by <see cref="RedisKeys"/>.
/// </summary>
/// <remarks>
/// Unlike MemoryStorage, an <see cref="IStoreItem"/> whose ETag is null overwrites (null means "no ETag").
/// Writes of several keys are not atomic together, as with every SDK storage: each key is checked on its own.
/// </remarks>
public sealed class RedisStorage : IStorage
{
    private const string ETagProperty = "ETag";
    private const string Wildcard = "*";

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly StateJsonSerializer _serializer;
    private readonly StateOptions _options;
    private readonly ILogger<RedisStorage> _logger;

    public RedisStorage(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        StateJsonSerializer serializer,
        IOptions<StateOptions> options,
        ILogger<RedisStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _redis = redis;
        _keys = keys;
        _serializer = serializer;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IDictionary<string, object>> ReadAsync(
        string[] keys,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        var batch = _redis.GetDatabase().CreateBatch();
        var reads = new Task<RedisValue>[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var redisKey = _keys.State(keys[i]);
            reads[i] = BotStateKey.Parse(keys[i]).Scope == StateScope.Conversation
                ? batch.StringGetSetExpiryAsync(redisKey, _options.ConversationTtl)
                : batch.StringGetAsync(redisKey);
        }

        batch.Execute();
        await Task.WhenAll(reads);

        for (var i = 0; i < keys.Length; i++)
        {
            var stored = reads[i].Result;
            if (stored.HasValue && Decode(stored!) is { } item)
            {
                items[keys[i]] = item;
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        if (changes.Count == 0)
        {
            return;
        }

        var batch = _redis.GetDatabase().CreateBatch();
        var writes = new List<(string Key, Task<RedisResult> Result)>(changes.Count);
        var deletes = new List<Task<bool>>();
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            if (value is null)
            {
                deletes.Add(batch.KeyDeleteAsync(_keys.State(key)));
                continue;
            }

            var parameters = new
            {
                key = _keys.State(key),
                expected = ExpectedETag(value),
                value = (RedisValue)(Guid.NewGuid().ToString("N") + _serializer.Serialize(value)),
                ttl = (long)TtlOf(key).TotalMilliseconds,
            };
            writes.Add((key, batch.ScriptEvaluateAsync(StateScripts.CompareAndSet, parameters)));
        }

        batch.Execute();
        await Task.WhenAll(writes.Select(w => (Task)w.Result).Concat(deletes));

        var conflicts = writes.Where(w => ((string?)w.Result.Result)?.Length > 0).Select(w => w.Key).ToList();
        if (conflicts.Count > 0)
        {
            StateLog.ETagConflict(_logger, conflicts.Count, changes.Count);
            throw new ETagConflictException(conflicts);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        if (keys.Length == 0)
        {
            return;
        }

        var batch = _redis.GetDatabase().CreateBatch();
        var deletes = keys.Select(k => (Task)batch.KeyDeleteAsync(_keys.State(k))).ToList();
        batch.Execute();
        await Task.WhenAll(deletes);
    }

    private TimeSpan TtlOf(string key) => BotStateKey.Parse(key).Scope == StateScope.Conversation
        ? _options.ConversationTtl
        : _options.UserTtl;

    // The SDK's rule (MemoryStorage): only an IStoreItem, or a JObject carrying "ETag", asks for a check.
    // Plain dictionaries, which the SDK's BotState writes, overwrite.
    private static string ExpectedETag(object value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject obj => obj.Value<string>(ETagProperty),
            _ => null,
        };
        return etag is null or Wildcard ? string.Empty : etag;
    }

    private object? Decode(string stored)
    {
        var etag = stored[..StateScripts.ETagLength];
        object? item;
        try
        {
            item = _serializer.Deserialize(stored[StateScripts.ETagLength..]);
        }
        catch (JsonException ex)
        {
            StateLog.Unreadable(_logger, ex);
            throw;
        }

        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case JObject obj:
                obj[ETagProperty] = etag;
                break;
            case IDictionary<string, object> dictionary:
                dictionary[ETagProperty] = etag;
                break;
        }

        return item;
    }
}
