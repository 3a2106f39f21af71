using FluentValidation.Results;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Validation;

/// <summary>
/// Told after the input validation rejected a turn and replied, for follow-ups that change no state
/// (re-asking the question a prompt is waiting for).
/// </summary>
public interface IRejectedTurnHandler
{
    Task OnRejectedAsync(ITurnContext turnContext, ValidationResult result, CancellationToken cancellationToken);
}
