using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime;

/// <summary>The entry point a bot calls on each turn, as with Bot Framework dialogs.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when none is active, with the stack
    /// read from and written back to <paramref name="accessor"/>. The caller saves the conversation state
    /// (ConversationState.SaveChangesAsync) after the turn. A failing dialog's exception carries the stack in
    /// <see cref="Exception.Data"/> under <see cref="DialogContext.StackDataKey"/>; see DialogTurnRecovery.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        var dc = new DialogSet().Add(dialog).CreateContext(turnContext, state);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        await accessor.SetAsync(turnContext, state, cancellationToken);
        return result;
    }
}
