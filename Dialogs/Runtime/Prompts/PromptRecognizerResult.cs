namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt read from the user's message.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
