using ChatBot.Dialogs.Runtime.State;
using FluentValidation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks one question and waits until the answer is recognized and valid, re-asking with the retry
/// prompt, and giving up with a clear message after <see cref="PromptOptions.MaxAttempts"/> answers.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = PromptState.AttemptsKey;

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    protected Prompt(string dialogId, IValidator<T> validator)
        : this(dialogId, validator.ToPromptValidator())
    {
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException(
                $"Prompt '{Id}' needs a PromptOptions; begin it with " +
                $"PromptAsync(\"{Id}\", new PromptOptions {{ ... }}).",
                nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state.Set(OptionsKey, promptOptions);
        state.Set(AttemptsKey, 0);
        await OnPromptAsync(dc.Context, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempts = state.GetInt32(AttemptsKey) + 1;
        state.Set(AttemptsKey, attempts);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempts);
        var accepted = _validator is null ? recognized.Succeeded : await _validator(validation, cancellationToken);
        if (accepted)
        {
            // A validator may accept an answer that was not recognized: the result is then null, never a
            // default value such as false or 0 that would read as an answer.
            return await dc.EndDialogAsync(recognized.Succeeded ? recognized.Value : null, cancellationToken);
        }

        if (attempts >= Math.Max(1, options.MaxAttempts))
        {
            var giveUp = options.GiveUpMessage ?? DefaultGiveUpMessage(attempts);
            await dc.Context.SendActivityAsync(MessageFactory.Text(giveUp), cancellationToken);
            return await dc.EndDialogAsync(new PromptGaveUp(Id, attempts), cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(validation.FailureMessage))
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(validation.FailureMessage), cancellationToken);
        }

        await OnPromptAsync(dc.Context, options, true, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A dialog this prompt began ended: the prompt is still waiting, so ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);

        return OnPromptAsync(turnContext, ReadOptions(instance.State), false, cancellationToken);
    }

    public override IEnumerable<string> Describe(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        var help = ReadOptions(instance.State).Help ?? Description;
        return string.IsNullOrWhiteSpace(help) ? [] : [help];
    }

    /// <summary>Sends the question (or the retry question when <paramref name="isRetry"/>).</summary>
    protected abstract Task OnPromptAsync(
        ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Reads an answer from the message: text, a submitted card's data, or attachments.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The question to send: the retry prompt on a retry when there is one, else the prompt.</summary>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);

        var chosen = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return chosen is null ? null : CloneActivity(chosen);
    }

    // Sending an activity fills in ids and addresses; a copy keeps the stored options clean.
    private static Activity CloneActivity(Activity activity) =>
        Newtonsoft.Json.Linq.JObject.FromObject(activity, StateJson.Serializer)
            .ToObject<Activity>(StateJson.Serializer)!;

    private static string DefaultGiveUpMessage(int attempts) =>
        $"Sorry, I still couldn't use that answer after {attempts} tries, so I've stopped asking. " +
        "You can start again at any time, or type \"talk to a person\".";

    private PromptOptions ReadOptions(DialogStateBag state) =>
        state.Get<PromptOptions>(OptionsKey) ?? throw new InvalidOperationException(
            $"Prompt '{Id}' has no stored options; its state was written by another version. Clear the dialog state.");
}
