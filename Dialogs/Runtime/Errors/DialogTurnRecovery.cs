using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Runtime.Errors;

/// <summary>
/// What to do when a dialog step throws (bug B12): log it once, with the conversation id and the dialog
/// stack but no user text; drop the failed turn's changes, clear the stack (and with it every prompt's
/// attempt count) and save that; tell the user. The next message then starts fresh instead of
/// re-entering the failing step. Call it from the turn's catch block or the adapter's OnTurnError.
/// </summary>
public sealed class DialogTurnRecovery
{
    /// <summary>The apology the user sees.</summary>
    public const string ApologyText =
        "Sorry, something went wrong on my side, so I've stopped what we were doing. " +
        "Your next message starts fresh — you can ask again or type \"talk to a person\".";

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly ILogger<DialogTurnRecovery> _logger;

    public DialogTurnRecovery(
        ConversationState conversationState,
        IStatePropertyAccessor<DialogState> dialogState,
        ILogger<DialogTurnRecovery> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(dialogState);
        ArgumentNullException.ThrowIfNull(logger);

        _conversationState = conversationState;
        _dialogState = dialogState;
        _logger = logger;
    }

    public async Task RecoverAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);

        var conversationId = turnContext.Activity.Conversation?.Id ?? "(none)";
        var stack = exception.Data[DialogContext.StackDataKey] as string ?? "";
        // The message is left out on purpose: parse errors quote the user's input.
        DialogLog.DialogTurnFailed(_logger, conversationId, stack, exception.GetType().FullName ?? "Exception",
            exception.StackTrace);

        try
        {
            // Reload what was stored before this turn, so half-made changes of the failed turn are dropped.
            await _conversationState.LoadAsync(turnContext, true, cancellationToken);
            await _dialogState.SetAsync(turnContext, new DialogState(), cancellationToken);
            await _conversationState.SaveChangesAsync(turnContext, true, cancellationToken);
        }
        catch (Exception stateError) when (stateError is not OperationCanceledException)
        {
            DialogLog.DialogRecoveryFailed(_logger, conversationId, stateError.GetType().FullName ?? "Exception");
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText), cancellationToken);
    }
}
