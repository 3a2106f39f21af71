namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>The option a choice prompt recognized.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position in the list, from 0.</param>
/// <param name="MatchedBy">"number", "value", "title", "synonym", "card" or "contains".</param>
public sealed record FoundChoice(string Value, int Index, string MatchedBy);
