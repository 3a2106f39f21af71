namespace ChatBot.Dialogs.Answering;

/// <summary>How the answer flow begins.</summary>
/// <param name="Question">The user's question.</param>
/// <param name="OfferPerson">Skip the knowledge base and offer a person straight away.</param>
/// <param name="Plan">A plan or billing cycle the user just picked, for this question only.</param>
public sealed record AnswerOptions(string Question, bool OfferPerson = false, string? Plan = null);
