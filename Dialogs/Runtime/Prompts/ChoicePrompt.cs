using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Input;
using FluentValidation;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>: buttons where the channel shows
/// them, a numbered list where it does not. Typed numbers, titles and synonyms match, and so does a
/// submitted card whose data names an option (bug B04: such a message has no text at all).
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    public ChoicePrompt(string dialogId, IValidator<FoundChoice> validator)
        : base(dialogId, validator)
    {
    }

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var prompt = ChoiceRenderer.Render(
            SelectPrompt(options, isRetry), options.Choices ?? [], options.Style, turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var choices = options.Choices ?? [];
        var activity = turnContext.Activity;
        // Card data wins over text: a messageBack's text is only a caption of what was clicked.
        var found = activity.Value is not null ? RecognizeCard(activity.Value, options, choices) : null;
        found ??= ChoiceRecognizer.Recognize(activity.Text, choices);

        return Task.FromResult(found is null
            ? new PromptRecognizerResult<FoundChoice>(false)
            : new PromptRecognizerResult<FoundChoice>(true, found));
    }

    private static FoundChoice? RecognizeCard(object value, PromptOptions options, List<Choice> choices)
    {
        var named = CardValue.GetString(value, options.ValueProperty);
        var candidates = named is not null ? [named] : CardValue.GetStrings(value);
        foreach (var candidate in candidates)
        {
            if (ChoiceRecognizer.Recognize(candidate, choices) is { MatchedBy: not "contains" } found)
            {
                return found with { MatchedBy = "card" };
            }
        }

        return null;
    }
}
