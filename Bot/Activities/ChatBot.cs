using ChatBot.Answers;
using ChatBot.Bot.Teams;
using ChatBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace ChatBot.Bot.Activities;

/// <summary>
/// The bot's activity handler: greets people once, answers messages, and answers the Teams invokes it
/// supports. Activity types it has no use for (typing, reactions, unknown events) end quietly.
/// </summary>
public sealed partial class ChatBot : TeamsActivityHandler
{
    private readonly IAnswerEngine _answers;
    private readonly ConversationRunner _conversation;
    private readonly Greeter _greeter;
    private readonly AnswerFeedbackRecorder _feedback;
    private readonly ILogger<ChatBot> _logger;

    public ChatBot(
        IAnswerEngine answers,
        ConversationRunner conversation,
        Greeter greeter,
        AnswerFeedbackRecorder feedback,
        ILogger<ChatBot> logger)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(greeter);
        ArgumentNullException.ThrowIfNull(feedback);

        _answers = answers;
        _conversation = conversation;
        _greeter = greeter;
        _feedback = feedback;
        _logger = logger;
    }

    protected override async Task OnMessageActivityAsync(
        ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        Log.MessageReceived(_logger, turnContext.Activity.ChannelId, turnContext.Activity.Text?.Length ?? 0);

        // A "did that help?" click on an answer card is feedback wherever the conversation is; any other
        // card submit is data for the dialog that is waiting for it.
        if (turnContext.Activity.Value is not null
            && await _feedback.TryHandleSubmitAsync(turnContext, cancellationToken))
        {
            return;
        }

        // The dialogs read the text through the same mention-stripping and cleaning as everything else.
        turnContext.Activity.Text = TurnText.Read(turnContext.Activity);
        await _conversation.RunAsync(turnContext, cancellationToken);
    }

    protected override Task OnReactionsAddedAsync(
        IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext,
        CancellationToken cancellationToken) =>
        _feedback.RecordReactionsAsync(messageReactions, turnContext, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken) =>
        _feedback.HandleExecuteAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken) =>
        _greeter.GreetAsync(turnContext, membersAdded, cancellationToken);

    // Teams' default dispatch looks every added member up through the connector before greeting; the
    // ids in the activity are all a greeting needs, so skip the extra round trip per member.
    protected override Task OnTeamsMembersAddedDispatchAsync(
        IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken) =>
        _greeter.GreetAsync(turnContext, membersAdded, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(
        ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        _greeter.IntroduceAsync(turnContext, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var text = query.Parameters?.FirstOrDefault(p => p.Name != "initialRun")?.Value?.ToString() ?? string.Empty;
        var results = SearchResults.Create(_answers, TurnText.Clean(text));
        return Task.FromResult(new MessagingExtensionResponse(results));
    }

    // Invokes for features ChatBot does not offer (file consent, sign-in, legacy card actions) answer
    // 200 with no reply: a 501 from the SDK's defaults makes Teams show the user an error.
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(
        ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        if (response?.Status == StatusCodes.Status501NotImplemented)
        {
            Log.InvokeIgnored(_logger, turnContext.Activity.Name ?? "(none)");
            return new InvokeResponse { Status = StatusCodes.Status200OK };
        }

        return response ?? new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, EventName = "MessageReceived", Level = LogLevel.Debug,
            Message = "Message on {ChannelId} with {Length} characters")]
        public static partial void MessageReceived(ILogger logger, string channelId, int length);

        [LoggerMessage(EventId = 2003, EventName = "InvokeIgnored", Level = LogLevel.Information,
            Message = "Invoke {Name} is not a feature of this bot; answered 200 with no reply")]
        public static partial void InvokeIgnored(ILogger logger, string name);
    }
}
