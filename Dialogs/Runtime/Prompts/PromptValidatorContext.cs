using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt validator sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(
        ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, this one included.</summary>
    public int AttemptCount { get; }

    /// <summary>Sent before the retry prompt when the answer is rejected.</summary>
    public string? FailureMessage { get; set; }
}
