using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Input;
using FluentValidation;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No buttons (or "(1) Yes or (2) No" where there are no buttons).
/// Understands yes/no words, the numbers 1 and 2, and cards that submit true/false or "yes"/"no".
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    private static readonly IReadOnlyList<Choice> YesNo = [new("Yes"), new("No")];

    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    public ConfirmPrompt(string dialogId, IValidator<bool> validator)
        : base(dialogId, validator)
    {
    }

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var style = options.Style == ListStyle.Auto
            && !ChannelCapabilities.SupportsSuggestedActions(turnContext.Activity.ChannelId, 2)
            ? ListStyle.Inline
            : options.Style;
        var prompt = ChoiceRenderer.Render(
            SelectPrompt(options, isRetry), options.Choices ?? [.. YesNo], style, turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var activity = turnContext.Activity;
        // Card data wins over text: a messageBack's text is only a caption of what was clicked.
        var answer = CardValue.AsToken(activity.Value) is JValue { Type: JTokenType.Boolean } flag
            ? flag.Value<bool>()
            : Recognize(CardValue.GetString(activity.Value, options.ValueProperty ?? "confirm"));
        answer ??= Recognize(activity.Text);

        return Task.FromResult(answer is { } value
            ? new PromptRecognizerResult<bool>(true, value)
            : new PromptRecognizerResult<bool>(false));
    }

    /// <summary>True for yes, false for no, null when the text is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var input = InputText.ToMatchForm(text);
        if (input.Length == 0)
        {
            return null;
        }

        if (input is "1" || input == "true" || ConfirmWords.Yes.Contains(input))
        {
            return true;
        }

        if (input is "2" || input == "false" || ConfirmWords.No.Contains(input))
        {
            return false;
        }

        return null;
    }
}
