using ChatBot.Dialogs.Validation;
using FluentValidation.Results;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// After a rejected message (blank, too long...), asks the waiting question again, so the user sees both
/// what was wrong and what the bot still needs (bug B06). Reads the dialog state; writes nothing.
/// </summary>
public sealed class RepromptOnRejectedTurn : IRejectedTurnHandler
{
    private readonly ConversationRunner _runner;

    public RepromptOnRejectedTurn(ConversationRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);

        _runner = runner;
    }

    public Task OnRejectedAsync(
        ITurnContext turnContext, ValidationResult result, CancellationToken cancellationToken) =>
        _runner.RepromptAsync(turnContext, cancellationToken);
}
