using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Answers;
using ChatBot.Answers.Caching;
using ChatBot.Storage.Redis.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.Caching;

/// <summary>
/// <see cref="IAnswerCache"/> shared by all instances: one Redis string per key holding the answer as JSON, kept
/// for <see cref="AnswerCacheOptions.Ttl"/> (the answers side's <c>AnswerCache</c> settings). The caller's key
/// already carries the normalised question, plan and knowledge version. Redis being away is a miss (and a
/// skipped write), never an exception.
/// </summary>
public sealed class RedisAnswerCache : IAnswerCache
{
    private const string Component = "answer cache";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisAvailability _availability;
    private readonly TimeSpan _ttl;
    private readonly ILogger<RedisAnswerCache> _logger;

    public RedisAnswerCache(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        RedisAvailability availability,
        IOptions<AnswerCacheOptions> options,
        ILogger<RedisAnswerCache> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _redis = redis;
        _keys = keys;
        _availability = availability;
        _ttl = options.Value.Ttl;
        _logger = logger;
    }

    public async ValueTask<Answer?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);

        return (await GetManyAsync([key], cancellationToken))[0];
    }

    public async ValueTask<IReadOnlyList<Answer?>> GetManyAsync(
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var answers = new Answer?[keys.Count];
        if (keys.Count == 0 || !_availability.IsUp(Component))
        {
            return answers;
        }

        RedisValue[] stored;
        try
        {
            var batch = _redis.GetDatabase().CreateBatch();
            var reads = keys.Select(key => batch.StringGetAsync(_keys.Answer(key))).ToList();
            batch.Execute();
            stored = await Task.WhenAll(reads);
            _availability.ReportSuccess(Component);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            return answers;
        }

        for (var i = 0; i < stored.Length; i++)
        {
            answers[i] = Decode(stored[i]);
        }

        return answers;
    }

    public async ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();

        if (!_availability.IsUp(Component))
        {
            return;
        }

        // Inside a Redis turn the entry rides on the turn's end pipeline instead of a round trip of its own.
        var redisKey = _keys.Answer(key);
        var value = JsonSerializer.Serialize(answer, Json);
        if (RedisTurnScope.Current?.TryDefer(batch => StoreAsync(batch, redisKey, value)) == true)
        {
            return;
        }

        await StoreAsync(_redis.GetDatabase(), redisKey, value);
    }

    private async Task StoreAsync(IDatabaseAsync redis, RedisKey key, string value)
    {
        try
        {
            await redis.StringSetAsync(key, value, _ttl);
            _availability.ReportSuccess(Component);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
        }
    }

    private Answer? Decode(RedisValue stored)
    {
        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Answer>((string)stored!, Json);
        }
        catch (JsonException ex)
        {
            // An entry written by an older shape of Answer: recompute rather than fail the turn.
            AnswerCacheLog.Unreadable(_logger, ex);
            return null;
        }
    }
}
