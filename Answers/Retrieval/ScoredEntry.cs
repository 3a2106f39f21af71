using ChatBot.Answers.Knowledge;

namespace ChatBot.Answers.Retrieval;

/// <summary>An entry with its retrieval score in 0..1 (share of the question's weight the entry explains).</summary>
internal sealed record ScoredEntry(KnowledgeEntry Entry, double Score);
