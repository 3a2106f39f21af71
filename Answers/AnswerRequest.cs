namespace ChatBot.Answers;

/// <summary>One question, with what the conversation already knows about the user.</summary>
/// <param name="Text">The user's message, mentions removed and trimmed.</param>
/// <param name="Plan">The user's plan when known ("free", "team", "business"), else null.</param>
/// <param name="Topic">The entry id last answered in this conversation, for follow-ups, else null.</param>
public sealed record AnswerRequest(string Text, string? Plan = null, string? Topic = null);
