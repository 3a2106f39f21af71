using ChatBot.Answers;
using ChatBot.Bot.Teams;
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
    private const string EmptyMessageHint = "Please type your question, and I'll look it up for you.";
    private const string SubmitReceived = "Thanks, I've got that. Is there anything else I can help you with?";

    private readonly IAnswerEngine _answers;
    private readonly Greeter _greeter;
    private readonly AnswerFeedbackRecorder _feedback;
    private readonly ILogger<ChatBot> _logger;

    public ChatBot(IAnswerEngine answers, Greeter greeter, AnswerFeedbackRecorder feedback, ILogger<ChatBot> logger)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(greeter);
        ArgumentNullException.ThrowIfNull(feedback);

        _answers = answers;
        _greeter = greeter;
        _feedback = feedback;
        _logger = logger;
    }

    protected override async Task OnMessageActivityAsync(
        ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = TurnText.Read(turnContext.Activity);
        Log.MessageReceived(_logger, turnContext.Activity.ChannelId, text.Length);

        // A card submit or messageBack carries its data in value; its text, if any, is only a caption.
        if (turnContext.Activity.Value is not null)
        {
            if (await _feedback.TryHandleSubmitAsync(turnContext, cancellationToken))
            {
                return;
            }

            await turnContext.SendActivityAsync(SubmitReceived, cancellationToken: cancellationToken);
            return;
        }

        if (text.Length == 0)
        {
            await turnContext.SendActivityAsync(EmptyMessageHint, cancellationToken: cancellationToken);
            return;
        }

        var answer = await _answers.AnswerAsync(new AnswerRequest(text), cancellationToken);
        Log.Answered(_logger, answer.Kind, answer.EntryId, answer.Confidence);
        var sent = await turnContext.SendActivityAsync(
            AnswerPresenter.Create(answer, turnContext.Activity.ChannelId), cancellationToken);
        await _feedback.RememberAsync(turnContext, sent, answer, cancellationToken);
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

        [LoggerMessage(EventId = 2002, EventName = "Answered", Level = LogLevel.Debug,
            Message = "Answer {Kind} from entry {EntryId} with confidence {Confidence}")]
        public static partial void Answered(ILogger logger, AnswerKind kind, string? entryId, double confidence);

        [LoggerMessage(EventId = 2003, EventName = "InvokeIgnored", Level = LogLevel.Information,
            Message = "Invoke {Name} is not a feature of this bot; answered 200 with no reply")]
        public static partial void InvokeIgnored(ILogger logger, string name);
    }
}
