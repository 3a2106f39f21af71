namespace ChatBot.Answers;

/// <summary>
/// A shared cache of confident answers, keyed by normalised question, plan and knowledge version.
/// Implementations: in-process (embedded default) and Redis (Bot.Storage).
/// A cache that cannot be reached behaves as a miss; it never fails the turn.
/// </summary>
public interface IAnswerCache
{
    ValueTask<Answer?> GetAsync(string key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default);
}
