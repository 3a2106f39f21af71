using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Caching;

/// <summary>
/// Puts an <see cref="IAnswerCache"/> in front of an engine. Only confident answers
/// (<see cref="AnswerKind.Answered"/>) are stored: "did you mean" and abstentions are cheap and may change
/// as the knowledge base grows. Identical questions that miss at the same time are computed once.
/// </summary>
public sealed class CachingAnswerEngine : IAnswerEngine
{
    private readonly IAnswerEngine _inner;
    private readonly IAnswerCache _cache;
    private readonly AnswerCacheOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<Answer>>> _inFlight = new(StringComparer.Ordinal);

    public CachingAnswerEngine(
        IAnswerEngine inner,
        IAnswerCache cache,
        IOptions<AnswerCacheOptions> options,
        ILogger<CachingAnswerEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _inner = inner;
        _cache = cache;
        _options = options.Value;
        _logger = logger;
    }

    public string KnowledgeVersion => _inner.KnowledgeVersion;

    public async ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var version = _inner.KnowledgeVersion;
        var plainKey = AnswerCacheKey.For(_options.KeyPrefix, version, request, withTopic: false);
        var topicKey = request.Topic is null ? null : AnswerCacheKey.For(_options.KeyPrefix, version, request, true);
        var cached = await LookupAsync(plainKey, topicKey, cancellationToken);
        if (cached is not null)
        {
            CacheLog.Hit(_logger, cached.EntryId);
            return cached;
        }

        // The first caller computes; concurrent callers with the same key await the same task.
        var flightKey = topicKey ?? plainKey;
        var flight = _inFlight.GetOrAdd(
            flightKey, _ => new Lazy<Task<Answer>>(() => ComputeAsync(request, plainKey, topicKey, flightKey)));
        return await flight.Value.WaitAsync(cancellationToken);
    }

    public IReadOnlyList<AnswerCandidate> Search(string query, int top) => _inner.Search(query, top);

    private async Task<Answer?> LookupAsync(string plainKey, string? topicKey, CancellationToken cancellationToken)
    {
        if (topicKey is null)
        {
            return await _cache.GetAsync(plainKey, cancellationToken);
        }

        // Both keys in one lookup: a shared cache answers them in one round trip.
        var found = await _cache.GetManyAsync([topicKey, plainKey], cancellationToken);
        if (found[0] is { } withTopic)
        {
            return withTopic;
        }

        // A follow-up-shaped answer cached without a topic says nothing about this conversation's topic.
        return found[1] is { FollowUp: false } plain ? plain : null;
    }

    private async Task<Answer> ComputeAsync(AnswerRequest request, string plainKey, string? topicKey, string flightKey)
    {
        try
        {
            // Not the caller's token: other callers share this work, and one leaving must not fail theirs.
            var answer = await _inner.AnswerAsync(request, CancellationToken.None);
            if (answer.Kind == AnswerKind.Answered)
            {
                var key = answer.FollowUp && topicKey is not null ? topicKey : plainKey;
                await _cache.SetAsync(key, answer, CancellationToken.None);
            }

            CacheLog.Miss(_logger, answer.Kind);
            return answer;
        }
        finally
        {
            _inFlight.TryRemove(flightKey, out _);
        }
    }
}
