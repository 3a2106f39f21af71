using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Answers;
using ChatBot.Answers.Caching;
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
        cancellationToken.ThrowIfCancellationRequested();

        if (!_availability.IsUp(Component))
        {
            return null;
        }

        RedisValue stored;
        try
        {
            stored = await _redis.GetDatabase().StringGetAsync(_keys.Answer(key));
            _availability.ReportSuccess(Component);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            return null;
        }

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

    public async ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();

        if (!_availability.IsUp(Component))
        {
            return;
        }

        try
        {
            await _redis.GetDatabase().StringSetAsync(_keys.Answer(key), JsonSerializer.Serialize(answer, Json), _ttl);
            _availability.ReportSuccess(Component);
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
        }
    }
}
