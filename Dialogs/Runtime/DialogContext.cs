using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime;

/// <summary>One turn's view of a dialog stack: begin, continue, replace, end, cancel and reprompt.</summary>
public sealed class DialogContext
{
    /// <summary>Key in <see cref="Exception.Data"/> under which a failing turn records the dialog stack.</summary>
    public const string StackDataKey = "ChatBot.Dialogs.Stack";

    private readonly DialogState _state;
    private Exception? _recorded;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);

        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogContext? Parent { get; }

    public List<DialogInstance> Stack => _state.Stack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <summary>Finds a dialog in this set or, failing that, in the sets of the enclosing contexts.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);

        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"Dialog '{dialogId}' is not in the dialog set. Add it to the DialogSet " +
            "(or call AddDialog in the ComponentDialog that begins it) before beginning it.");

        Stack.Add(new DialogInstance { Id = dialogId });
        try
        {
            return await dialog.BeginDialogAsync(this, options, cancellationToken);
        }
        catch (Exception ex) when (RecordStack(ex))
        {
            throw;
        }
    }

    /// <summary>Shorthand for beginning a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindOrThrow(active.Id);
        try
        {
            return await dialog.ContinueDialogAsync(this, cancellationToken);
        }
        catch (Exception ex) when (RecordStack(ex))
        {
            throw;
        }
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(
        object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);

        if (ActiveDialog is { } parent)
        {
            var dialog = FindOrThrow(parent.Id);
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack, innermost first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await FindOrThrow(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>Where the user is, outermost first, for "help".</summary>
    public IReadOnlyList<string> Describe()
    {
        var parts = new List<string>();
        foreach (var instance in Stack)
        {
            if (FindDialog(instance.Id) is { } dialog)
            {
                parts.AddRange(dialog.Describe(this, instance));
            }
        }

        return parts;
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken);
        }

        Stack.RemoveAt(Stack.Count - 1);
    }

    private Dialog FindOrThrow(string dialogId) =>
        FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"The stored dialog stack names '{dialogId}', which is not in the dialog set. A deployment probably " +
            "renamed or removed it: add it back, or clear the conversation's dialog state.");

    // Runs as an exception filter, so the stack is read before anything unwinds. The innermost context
    // records first; each enclosing context (once per exception) puts its own stack in front.
    private bool RecordStack(Exception exception)
    {
        if (ReferenceEquals(_recorded, exception))
        {
            return false;
        }

        _recorded = exception;
        var mine = string.Join(" > ", Stack.Select(i => i.Id));
        exception.Data[StackDataKey] = exception.Data[StackDataKey] is string inner && inner.Length > 0
            ? $"{mine} > {inner}"
            : mine;
        return false;
    }
}
