using ChatBot.Answers.Feedback;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Answering;

/// <summary>Records a "did that help?" verdict and thanks the user, from the flow or from a late card click.</summary>
public sealed class AnswerFeedbackRecorder
{
    private readonly IAnswerFeedbackStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AnswerFeedbackRecorder> _logger;

    public AnswerFeedbackRecorder(
        IAnswerFeedbackStore store, TimeProvider timeProvider, ILogger<AnswerFeedbackRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        _store = store;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task RecordAsync(
        ITurnContext turnContext, string entryId, bool helpful, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var activity = turnContext.Activity;
        await _store.RecordAsync(new AnswerFeedback(entryId, helpful, FeedbackSource.Button, activity.ChannelId,
            activity.Conversation.Id, _timeProvider.GetUtcNow()), cancellationToken);
        DialogLog.AnswerFeedback(_logger, entryId, activity.Conversation.Id, helpful);

        var thanks = helpful
            ? "Great, glad it helped!"
            : "Sorry it didn't help. You can rephrase the question, or type \"talk to a person\" and I'll pass it on.";
        // An acknowledgement is small talk, and says so like every other small-talk reply (DESIGN.md).
        await turnContext.SendActivityAsync(
            AnswerReplies.Answer(thanks, ChatBot.Answers.Answer.SmallTalkId, 1), cancellationToken);
    }
}
