using ChatBot.Answers;
using ChatBot.Answers.Feedback;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Everything that turns a user's "did that help?" into an <see cref="AnswerFeedback"/>: card submits,
/// <c>Action.Execute</c> invokes and Teams reactions on the bot's answers.
/// </summary>
public sealed partial class AnswerFeedbackRecorder
{
    private const string AnsweredProperty = "AnsweredMessages";
    private const string MessageResponseType = "application/vnd.microsoft.activity.message";

    private static readonly HashSet<string> PositiveReactions = ["like", "heart", "laugh"];
    private static readonly HashSet<string> NegativeReactions = ["sad", "angry"];

    private readonly IStatePropertyAccessor<AnsweredMessages> _answered;
    private readonly IAnswerFeedbackStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<AnswerFeedbackRecorder> _logger;

    public AnswerFeedbackRecorder(
        ConversationState conversationState, IAnswerFeedbackStore store, TimeProvider time,
        ILogger<AnswerFeedbackRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);

        _answered = conversationState.CreateProperty<AnsweredMessages>(AnsweredProperty);
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Remembers which entry the sent answer came from, for reactions to it later.</summary>
    public async Task RememberAsync(
        ITurnContext turnContext, ResourceResponse? sent, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);

        if (string.IsNullOrEmpty(sent?.Id) || answer.Kind != AnswerKind.Answered)
        {
            return;
        }

        var answered = await _answered.GetAsync(turnContext, () => new AnsweredMessages(), cancellationToken);
        answered.Add(sent.Id, answer.EntryId);
    }

    /// <summary>Records a "did that help?" card submit and thanks the user; false when the submit is not
    /// feedback.</summary>
    public async Task<bool> TryHandleSubmitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        if (AnswerFeedbackData.TryRead(turnContext.Activity.Value) is not { } data)
        {
            return false;
        }

        await RecordAsync(turnContext, data.EntryId, data.Helpful, FeedbackSource.Button, null, cancellationToken);
        var thanks = AnswerCard.Answered(null, data.Helpful)["body"]![0]!["text"]!.ToString();
        await turnContext.SendActivityAsync(thanks, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The invoke response to an <c>Action.Execute</c>: the updated card for feedback, a message
    /// otherwise.</summary>
    public async Task<AdaptiveCardInvokeResponse> HandleExecuteAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);

        var action = invokeValue.Action;
        if (action?.Verb != AnswerFeedbackData.Verb || AnswerFeedbackData.TryRead(ToJson(action.Data)) is not { } data)
        {
            Log.UnknownCardAction(_logger, action?.Verb ?? "(none)");
            return new AdaptiveCardInvokeResponse
            {
                StatusCode = StatusCodes.Status200OK,
                Type = MessageResponseType,
                Value = "Thanks! This button is not one I can act on; please type your question instead.",
            };
        }

        await RecordAsync(turnContext, data.EntryId, data.Helpful, FeedbackSource.Button, null, cancellationToken);
        return new AdaptiveCardInvokeResponse
        {
            StatusCode = StatusCodes.Status200OK,
            Type = AnswerCard.ContentType,
            Value = AnswerCard.Answered(null, data.Helpful),
        };
    }

    /// <summary>Records reactions to the bot's answers; reactions to other messages are ignored.</summary>
    public async Task RecordReactionsAsync(
        IEnumerable<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        ArgumentNullException.ThrowIfNull(turnContext);

        var messageId = turnContext.Activity.ReplyToId;
        var answered = await _answered.GetAsync(turnContext, () => new AnsweredMessages(), cancellationToken);
        if (string.IsNullOrEmpty(messageId) || !answered.TryGet(messageId, out var entryId))
        {
            Log.ReactionNotOnAnAnswer(_logger);
            return;
        }

        foreach (var reaction in reactions)
        {
            bool? helpful = PositiveReactions.Contains(reaction.Type ?? "") ? true
                : NegativeReactions.Contains(reaction.Type ?? "") ? false : null;
            if (helpful is { } verdict)
            {
                await RecordAsync(turnContext, entryId, verdict, FeedbackSource.Reaction, reaction.Type,
                    cancellationToken);
            }
        }
    }

    private async Task RecordAsync(
        ITurnContext turnContext, string? entryId, bool helpful, FeedbackSource source, string? reaction,
        CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var feedback = new AnswerFeedback(
            entryId, helpful, source, activity.ChannelId ?? "", activity.Conversation?.Id ?? "", _time.GetUtcNow())
        {
            Reaction = reaction,
        };
        await _store.RecordAsync(feedback, cancellationToken);
        Log.FeedbackRecorded(_logger, entryId, helpful, source);
    }

    private static JObject? ToJson(object? data) => data switch
    {
        JObject json => json,
        null => null,
        _ => JObject.FromObject(data),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, EventName = "FeedbackRecorded", Level = LogLevel.Debug,
            Message = "Feedback on entry {EntryId}: helpful={Helpful} ({Source})")]
        public static partial void FeedbackRecorded(
            ILogger logger,
            string? entryId,
            bool helpful,
            FeedbackSource source);

        [LoggerMessage(EventId = 3002, EventName = "UnknownCardAction", Level = LogLevel.Information,
            Message = "Card action with verb {Verb} is not one the bot handles; answered with a message")]
        public static partial void UnknownCardAction(ILogger logger, string verb);

        [LoggerMessage(EventId = 3003, EventName = "ReactionNotOnAnAnswer", Level = LogLevel.Debug,
            Message = "A reaction to a message that is not a recent answer was ignored")]
        public static partial void ReactionNotOnAnAnswer(ILogger logger);
    }
}
