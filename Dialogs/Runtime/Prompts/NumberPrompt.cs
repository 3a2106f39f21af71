using System.Globalization;
using System.Numerics;
using ChatBot.Dialogs.Runtime.Input;
using FluentValidation;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks for a number written the way the user's locale writes it: "1,5" is one and a half in German and
/// not a number in English (where it would otherwise silently read as 15). Group separators must
/// group by three. Words ("twelve") and ambiguous input are re-asked, never guessed.
/// </summary>
public sealed class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
    }

    public NumberPrompt(string dialogId, IValidator<T> validator)
        : base(dialogId, validator)
    {
    }

    /// <summary>Used when the message has no locale or names one .NET does not know.</summary>
    public string DefaultLocale { get; init; } = "en-US";

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        var prompt = SelectPrompt(options, isRetry);
        if (isRetry && options.RetryPrompt is null)
        {
            var sample = 1234.5m.ToString("N1", CultureFor(turnContext.Activity.Locale));
            prompt = MessageFactory.Text($"Please type the number in digits, for example {sample}.");
        }

        if (prompt is not null)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(
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

        return Task.FromResult(NumberParser.TryParse<T>(text, CultureFor(activity.Locale), out var value)
            ? new PromptRecognizerResult<T>(true, value)
            : new PromptRecognizerResult<T>(false));
    }

    private CultureInfo CultureFor(string? locale)
    {
        foreach (var candidate in new[] { locale, DefaultLocale })
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            try
            {
                return CultureInfo.GetCultureInfo(candidate);
            }
            catch (CultureNotFoundException)
            {
                // An unknown locale from a channel is not the user's fault: fall back to the default.
            }
        }

        return CultureInfo.InvariantCulture;
    }
}
