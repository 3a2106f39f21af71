namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// The result of a prompt that ran out of attempts. The prompt has already told the user; a waterfall
/// receiving it ends too, unless it opted to handle give-ups in its steps.
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
