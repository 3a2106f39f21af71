using ChatBot.Answers;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>A mock engine that gives every question the same answer, for replies whose size is the point.</summary>
public sealed class FixedAnswerEngine(Answer answer) : IAnswerEngine
{
    public string KnowledgeVersion => "fixed";

    public ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(answer);

    public IReadOnlyList<AnswerCandidate> Search(string query, int top) => [];
}
