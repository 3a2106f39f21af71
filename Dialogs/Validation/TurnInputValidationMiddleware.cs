using FluentValidation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Validation;

/// <summary>
/// Bot middleware that validates each incoming turn before anything else sees it. A rejected turn gets
/// one short reply (what was wrong, what is accepted) and goes no further: no dialog runs and no state
/// is loaded or saved. Turns without a conversation get no reply, as there is nowhere to send it.
/// </summary>
public sealed class TurnInputValidationMiddleware : IMiddleware
{
    private readonly IValidator<Activity> _validator;
    private readonly IEnumerable<IRejectedTurnHandler> _rejectedTurnHandlers;
    private readonly ILogger<TurnInputValidationMiddleware> _logger;

    public TurnInputValidationMiddleware(
        IValidator<Activity> validator,
        IEnumerable<IRejectedTurnHandler> rejectedTurnHandlers,
        ILogger<TurnInputValidationMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(rejectedTurnHandlers);
        ArgumentNullException.ThrowIfNull(logger);

        _validator = validator;
        _rejectedTurnHandlers = rejectedTurnHandlers;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var result = await _validator.ValidateAsync(turnContext.Activity, cancellationToken);
        if (result.IsValid)
        {
            await next(cancellationToken);
            return;
        }

        var codes = string.Join(",", result.Errors.Select(e => e.ErrorCode).Distinct());
        var conversationId = turnContext.Activity.Conversation?.Id ?? "(none)";
        DialogLog.TurnInputRejected(_logger, conversationId, codes);

        var first = result.Errors[0];
        if (first.ErrorCode is TurnInputValidator.MissingConversation or TurnInputValidator.MissingSender)
        {
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(first.ErrorMessage), cancellationToken);
        foreach (var handler in _rejectedTurnHandlers)
        {
            await handler.OnRejectedAsync(turnContext, result, cancellationToken);
        }
    }
}
