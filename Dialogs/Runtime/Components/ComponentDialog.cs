using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime.Components;

/// <summary>
/// A dialog made of dialogs: it owns a dialog set and runs an inner stack, stored in its own instance,
/// so a flow (a waterfall and its prompts) can be begun, cancelled and reused as one unit.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string OptionsKey = "componentOptions";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog begun when the component begins; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);

        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var instance = dc.ActiveDialog!;
        instance.Inner = new DialogState();
        if (options is not null)
        {
            instance.State.Set(OptionsKey, options);
        }

        var inner = CreateInnerContext(dc, instance);
        var turn = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, turn, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var turn = await OnContinueDialogAsync(inner, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, turn, cancellationToken);
    }

    /// <summary>
    /// Only inner dialogs run inside a component, so being resumed means something on the outer stack
    /// above it ended: the inner stack is where it was, so ask its question again.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);

        var inner = new DialogContext(Dialogs, turnContext, instance.Inner ??= new DialogState());
        await inner.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);

        if (reason == DialogReason.CancelCalled && instance.Inner is { } state)
        {
            await new DialogContext(Dialogs, turnContext, state).CancelAllDialogsAsync(cancellationToken);
        }
    }

    public override IEnumerable<string> Describe(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);

        var parts = base.Describe(dc, instance).ToList();
        if (instance.Inner is { } state)
        {
            parts.AddRange(new DialogContext(Dialogs, dc.Context, state, dc).Describe());
        }

        return parts;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        var initial = InitialDialogId ?? throw new InvalidOperationException(
            $"Component dialog '{Id}' has no dialogs. Call AddDialog in its constructor before it is begun.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(
        DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>The inner stack finished: end the component with its result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(
        DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);

        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>The options the component was begun with, as stored (they survive restarts).</summary>
    protected static T? GetBeginOptions<T>(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        return instance.State.Get<T>(OptionsKey);
    }

    protected static DialogInstance? GetComponentInstance(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        return innerDc.Parent?.ActiveDialog;
    }

    private DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.Inner ??= new DialogState(), outer);

    private async Task<DialogTurnResult> AfterInnerTurnAsync(
        DialogContext outer, DialogInstance instance, DialogTurnResult turn, CancellationToken cancellationToken)
    {
        if (turn.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // An inner dialog may have cancelled the whole conversation ("cancel"), this component included:
        // there is nothing left to end, and the caller must hear that the turn was cancelled.
        if (turn.Status == DialogTurnStatus.Cancelled && !outer.Stack.Contains(instance))
        {
            return turn;
        }

        return await EndComponentAsync(outer, turn.Result, cancellationToken);
    }
}
