namespace ChatBot.Answers;

/// <summary>
/// A shared cache of confident answers, keyed by normalised question, plan and knowledge version.
/// Implementations: in-process (embedded default) and Redis (Bot.Storage).
/// A cache that cannot be reached behaves as a miss; it never fails the turn.
/// </summary>
public interface IAnswerCache
{
    ValueTask<Answer?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Looks up several keys at once, answers in key order (null for a miss). A shared cache overrides this to
    /// fetch them in one round trip instead of one per key.
    /// </summary>
    async ValueTask<IReadOnlyList<Answer?>> GetManyAsync(
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var answers = new Answer?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            answers[i] = await GetAsync(keys[i], cancellationToken);
        }

        return answers;
    }

    ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default);
}
