using FluentValidation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>Asks for one or more files; a message without attachments is not an answer.</summary>
public sealed class AttachmentPrompt : Prompt<IReadOnlyList<Attachment>>
{
    public AttachmentPrompt(string dialogId, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
        : base(dialogId, validator)
    {
    }

    public AttachmentPrompt(string dialogId, IValidator<IReadOnlyList<Attachment>> validator)
        : base(dialogId, validator)
    {
    }

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        if (SelectPrompt(options, isRetry) is { } prompt)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<IReadOnlyList<Attachment>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var attachments = turnContext.Activity.Attachments;
        return Task.FromResult(attachments is { Count: > 0 }
            ? new PromptRecognizerResult<IReadOnlyList<Attachment>>(true, [.. attachments])
            : new PromptRecognizerResult<IReadOnlyList<Attachment>>(false));
    }
}
