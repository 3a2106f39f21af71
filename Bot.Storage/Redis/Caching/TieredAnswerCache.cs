using ChatBot.Answers;
using ChatBot.Answers.Caching;

namespace ChatBot.Storage.Redis.Caching;

/// <summary>
/// The answer cache with Redis configured: this instance's bounded <see cref="MemoryAnswerCache"/> in front of the
/// shared <see cref="RedisAnswerCache"/>, so a question this instance has answered before costs no round trip
/// (issue 8's budget of three per turn). Safe to keep locally because an entry never changes: its key carries the
/// knowledge-base version and the normalised question, so a new knowledge base means new keys. An entry fetched from
/// Redis restarts its time to live here, so it may outlive <see cref="AnswerCacheOptions.Ttl"/> by up to one TTL.
/// </summary>
public sealed class TieredAnswerCache : IAnswerCache
{
    private readonly MemoryAnswerCache _local;
    private readonly RedisAnswerCache _shared;

    public TieredAnswerCache(MemoryAnswerCache local, RedisAnswerCache shared)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(shared);

        _local = local;
        _shared = shared;
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

        var answers = new Answer?[keys.Count];
        var missing = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            answers[i] = await _local.GetAsync(keys[i], cancellationToken);
            if (answers[i] is null)
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return answers;
        }

        var shared = await _shared.GetManyAsync([.. missing.Select(i => keys[i])], cancellationToken);
        for (var j = 0; j < missing.Count; j++)
        {
            if (shared[j] is { } answer)
            {
                answers[missing[j]] = answer;
                await _local.SetAsync(keys[missing[j]], answer, cancellationToken);
            }
        }

        return answers;
    }

    public async ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answer);

        await _local.SetAsync(key, answer, cancellationToken);
        await _shared.SetAsync(key, answer, cancellationToken);
    }
}
