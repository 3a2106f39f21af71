namespace ChatBot.Answers.Knowledge;

/// <summary>One question and its answer, as stored in the knowledge-base JSON file.</summary>
public sealed record KnowledgeEntry(
    string Id,
    string Category,
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    IReadOnlyList<string> FollowUps);
