namespace ChatBot.Dialogs.Handoff;

/// <summary>How the handoff begins: with the question the bot could not answer, when there is one.</summary>
public sealed record HandoffOptions(string? Question = null);
