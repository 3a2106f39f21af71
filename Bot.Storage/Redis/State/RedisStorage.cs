using ChatBot.Storage.Redis.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
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
/// Inside a Redis turn (<see cref="RedisTurnScope"/>) reads of what the turn read ahead or wrote cost nothing and
/// overwrites are sent with the turn's lock release; ETag-checked writes and deletes still go at once.
/// </remarks>
public sealed class RedisStorage : IStorage
{

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
        var scope = RedisTurnScope.Current;
        IBatch? batch = null;
        var reads = new List<(string Key, Task<RedisValue> Read)>(keys.Length);
        foreach (var key in keys)
        {
            // What the turn read ahead (or wrote itself) needs no round trip; GETEX already slid its expiry.
            if (scope is not null && scope.TryGetKnown(key, out var known))
            {
                AddDecoded(items, key, known);
                continue;
            }

            batch ??= _redis.GetDatabase().CreateBatch();
            var redisKey = _keys.State(key);
            reads.Add((key, BotStateKey.Parse(key).Scope == StateScope.Conversation
                ? batch.StringGetSetExpiryAsync(redisKey, _options.ConversationTtl)
                : batch.StringGetAsync(redisKey)));
        }

        if (batch is null)
        {
            return items;
        }

        batch.Execute();
        await Task.WhenAll(reads.Select(r => r.Read));
        foreach (var (key, read) in reads)
        {
            AddDecoded(items, key, read.Result);
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

        var scope = RedisTurnScope.Current;
        var pending = new List<PendingWrite>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            var redisKey = scope?.RedisKeyOf(key) ?? _keys.State(key);
            pending.Add(value is null
                ? new PendingWrite(key, redisKey, string.Empty, RedisValue.Null, default)
                : new PendingWrite(key, redisKey, StoredItemETag.ExpectedBy(value), Encode(value), TtlOf(key)));
        }

        // Overwrites cannot conflict, so inside a Redis turn they wait for the turn's end pipeline (the lock
        // release rides behind them); a delete or an ETag check goes now, where its outcome can be acted on.
        if (scope is not null && pending.All(p => p.IsOverwrite)
            && scope.TryDeferStateWrites(pending.Select(p => (p.Key, p.Stored, Write(p)))))
        {
            return;
        }

        var batch = _redis.GetDatabase().CreateBatch();
        var earlier = scope?.TakeStateWrites().Select(write => write(batch)).ToList() ?? [];
        var sent = pending.Select(p => (Write: p, Result: Send(batch, p))).ToList();
        batch.Execute();
        await Task.WhenAll(earlier.Concat(sent.Select(s => s.Result)));

        var conflicts = sent.Where(s => s.Result.Result is false).Select(s => s.Write.Key).ToList();
        foreach (var (write, result) in sent)
        {
            scope?.Record(write.Key, result.Result ? write.Stored : (RedisValue?)null);
        }

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

        var scope = RedisTurnScope.Current;
        var batch = _redis.GetDatabase().CreateBatch();
        var earlier = scope?.TakeStateWrites().Select(write => write(batch)).ToList() ?? [];
        var deletes = keys.Select(k => (Task)batch.KeyDeleteAsync(_keys.State(k))).ToList();
        batch.Execute();
        await Task.WhenAll(earlier.Concat(deletes));
        foreach (var key in keys)
        {
            scope?.Record(key, RedisValue.Null);
        }
    }

    private TimeSpan TtlOf(string key) => BotStateKey.Parse(key).Scope == StateScope.Conversation
        ? _options.ConversationTtl
        : _options.UserTtl;

    private RedisValue Encode(object value) => UniqueIds.Next() + _serializer.Serialize(value);

    private static Func<IBatch, Task> Write(PendingWrite write) => batch => Overwrite(batch, write);

    private static Task<bool> Overwrite(IDatabaseAsync redis, PendingWrite write) => write.Ttl > TimeSpan.Zero
        ? redis.StringSetAsync(write.RedisKey, write.Stored, write.Ttl)
        : redis.StringSetAsync(write.RedisKey, write.Stored);

    // True when written; false when the ETag check refused the write. Takes the batch as IDatabaseAsync: its await
    // is reached only after the caller has executed the batch.
    private static async Task<bool> Send(IDatabaseAsync batch, PendingWrite write)
    {
        if (write.Stored.IsNull)
        {
            await batch.KeyDeleteAsync(write.RedisKey);
            return true;
        }

        if (write.IsOverwrite)
        {
            await Overwrite(batch, write);
            return true;
        }

        var parameters = new
        {
            key = write.RedisKey,
            expected = write.ExpectedETag,
            value = write.Stored,
            ttl = (long)write.Ttl.TotalMilliseconds,
        };
        var current = (string?)await batch.ScriptEvaluateAsync(StateScripts.CompareAndSet, parameters);
        return string.IsNullOrEmpty(current);
    }

    private void AddDecoded(Dictionary<string, object> items, string key, RedisValue stored)
    {
        if (stored.HasValue && Decode(stored!) is { } item)
        {
            items[key] = item;
        }
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

        return item is null ? null : StoredItemETag.Attach(item, etag);
    }

    private sealed record PendingWrite(
        string Key,
        RedisKey RedisKey,
        string ExpectedETag,
        RedisValue Stored,
        TimeSpan Ttl)
    {
        public bool IsOverwrite => ExpectedETag.Length == 0 && !Stored.IsNull;
    }
}
