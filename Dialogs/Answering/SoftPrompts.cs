using ChatBot.Dialogs.Runtime.Prompts;

namespace ChatBot.Dialogs.Answering;

/// <summary>
/// Validators for questions the user may ignore: after an answer, the buttons are an offer, not a gate.
/// Anything is accepted; an unrecognized reply comes back as null and the flow routes it as a new message.
/// </summary>
internal static class SoftPrompts
{
    public static Task<bool> AcceptAnything<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(true);
}
