using ChatBot.Dialogs.Runtime.Input;
using FluentValidation;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks for free text. Blank messages (whitespace, zero-width characters) are not answers; a submitted
/// card answers with its <see cref="PromptOptions.ValueProperty"/> field or its string data.
/// </summary>
public sealed class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    public TextPrompt(string dialogId, IValidator<string> validator)
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

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var activity = turnContext.Activity;
        var text = InputText.Normalize(activity.Text);
        if (text.Length == 0)
        {
            text = InputText.Normalize(CardValue.GetString(activity.Value, options.ValueProperty));
        }

        return Task.FromResult(text.Length > 0
            ? new PromptRecognizerResult<string>(true, text)
            : new PromptRecognizerResult<string>(false));
    }
}
