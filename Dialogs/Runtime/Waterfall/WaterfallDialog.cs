using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.State;

namespace ChatBot.Dialogs.Runtime.Waterfall;

/// <summary>
/// A fixed sequence of steps. Each step usually begins a prompt or child dialog and the next step
/// receives its result. The step index and collected values live in the instance state bag.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep> steps)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(steps);

        _steps = [.. steps];
    }

    /// <summary>
    /// When a prompt inside this waterfall gives up, the waterfall ends too (passing the give-up up),
    /// so a flow never continues with an answer it does not have. Set true to let steps handle it.
    /// </summary>
    public bool StepsHandleGiveUp { get; init; }

    public int StepCount => _steps.Count;

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state.Set(OptionsKey, options);
        }

        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (dc.Context.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        // A step that waited without a prompt gets the message itself: the text, or the card's data
        // when a card was submitted with no text (bug B04).
        var activity = dc.Context.Activity;
        object? result = string.IsNullOrWhiteSpace(activity.Text) ? activity.Value : activity.Text;
        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (result is PromptGaveUp && !StepsHandleGiveUp)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var index = dc.ActiveDialog!.State.GetInt32(StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>The step a stored instance is at, for tests and diagnostics.</summary>
    public static int GetStepIndex(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        return instance.State.GetInt32(StepIndexKey);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state.Set(StepIndexKey, index);
        var step = new WaterfallStepContext(
            this, dc, index, reason, result, state.GetOrCreateBag(ValuesKey), state.Values[OptionsKey]);
        return await _steps[index](step, cancellationToken);
    }
}
