namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Decides whether a recognized answer is acceptable. Return false to ask again; set
/// <see cref="PromptValidatorContext{T}.FailureMessage"/> to tell the user why.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
