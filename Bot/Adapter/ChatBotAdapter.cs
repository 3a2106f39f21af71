using System.Security.Claims;
using ChatBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Adapter;

/// <summary>
/// The CloudAdapter with ChatBot's middleware pipeline, in stage order, and a turn-error handler
/// that leaves the conversation able to take its next turn.
/// </summary>
public sealed class ChatBotAdapter : CloudAdapter
{
    private const string ErrorTraceName = "OnTurnError Trace";
    private const string ErrorTraceValueType = "https://www.botframework.com/schemas/error";

    private readonly ConversationState _conversationState;
    private readonly ILogger<ChatBotAdapter> _logger;

    public ChatBotAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<BotMiddlewareRegistration> middleware,
        IServiceProvider services,
        ConversationState conversationState,
        ILoggerFactory loggerFactory)
        : base(authentication, CloudAdapterLogger(loggerFactory))
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(conversationState);

        _conversationState = conversationState;
        _logger = loggerFactory.CreateLogger<ChatBotAdapter>();

        foreach (var registration in middleware.OrderBy(m => m.Stage))
        {
            Use(registration.Create(services));
        }

        OnTurnError = HandleTurnErrorAsync;
    }

    // The SDK's own per-turn Information logs go under its category, which appsettings quiets.
    private static ILogger CloudAdapterLogger(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);

        return loggerFactory.CreateLogger<CloudAdapter>();
    }

    /// <summary>
    /// Runs a turn for an activity that arrived in process rather than over HTTP (the local Direct Line channel),
    /// through the same middleware; replies go through <paramref name="connectorFactory"/>.
    /// </summary>
    public Task ProcessInProcessActivityAsync(
        ClaimsIdentity identity,
        Activity activity,
        ConnectorFactory connectorFactory,
        BotCallbackHandler callback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connectorFactory);
        ArgumentNullException.ThrowIfNull(callback);

        var authenticated =
            new AuthenticateRequestResult { ClaimsIdentity = identity, ConnectorFactory = connectorFactory };
        return ProcessActivityAsync(authenticated, activity, callback, cancellationToken);
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity.Conversation?.Id ?? "(none)";
        AdapterLog.TurnFailed(_logger, exception, conversationId, turnContext.Activity.Type ?? "(none)");

        try
        {
            // Whatever dialog was running is what failed: forget it, so the next message starts clean
            // instead of re-entering the step that threw (cases/bugs B12).
            await _conversationState.DeleteAsync(turnContext);

            if (turnContext.Activity.Type == ActivityTypes.Message && !turnContext.Responded)
            {
                await turnContext.SendActivityAsync(
                    "Sorry, something went wrong on my side and I could not finish that. "
                    + "Please ask again, or type \"talk to a person\".");
            }

            var trace = Activity.CreateTraceActivity(ErrorTraceName, ErrorTraceValueType, exception.Message,
                "TurnError");
            await turnContext.SendActivityAsync(trace);
        }
        catch (Exception recoveryFailure)
        {
            AdapterLog.TurnRecoveryFailed(_logger, recoveryFailure, conversationId);
        }
    }
}
