using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime;

/// <summary>
/// A unit of conversation that can sit on a dialog stack. Dialog objects are stateless singletons:
/// everything a dialog remembers between turns lives in its <see cref="DialogInstance"/>.
/// </summary>
public abstract class Dialog
{
    /// <summary>What a dialog returns when it waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);

        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>A few words for "help": what the user is doing here ("your support request").</summary>
    public string? Description { get; set; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent a message while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog ended and this dialog is active again. By default it ends with the result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for whatever this dialog is waiting for (used by "help").</summary>
    public virtual Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack, for any reason.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Describes where the user is inside this dialog, outermost first, for "help".
    /// Parts are short noun phrases; the caller joins them.
    /// </summary>
    public virtual IEnumerable<string> Describe(DialogContext dc, DialogInstance instance)
    {
        if (!string.IsNullOrWhiteSpace(Description))
        {
            yield return Description;
        }
    }
}
