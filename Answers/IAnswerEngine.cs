namespace ChatBot.Answers;

/// <summary>
/// Answers a user's support question from the knowledge base, or says that it cannot.
/// Implementations are thread-safe singletons.
/// </summary>
public interface IAnswerEngine
{
    /// <summary>Changes whenever the knowledge base content changes; part of every answer-cache key.</summary>
    string KnowledgeVersion { get; }

    /// <summary>Answers one user message (already stripped of mentions and trimmed).</summary>
    ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);

    /// <summary>The best entries for a search box (Teams compose extension), best first.</summary>
    IReadOnlyList<AnswerCandidate> Search(string query, int top);
}
