using ChatBot.Answers;
using ChatBot.Dialogs.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Lets the answer dialog show answers as this host does: cards with "did that help?" buttons where the channel
/// renders them (the buttons are the feedback question), text elsewhere; and remembers each answer it sent so
/// reactions and card clicks on it are recorded as feedback.
/// </summary>
internal sealed class ChannelAnswerPresenter(AnswerFeedbackRecorder feedback) : IAnswerPresenter
{
    public IMessageActivity Present(Answer answer, string? channelId) => AnswerPresenter.Create(answer, channelId);

    public bool AsksForFeedback(string? channelId) => AnswerPresenter.RendersCards(channelId);

    public Task AnswerSentAsync(
        ITurnContext turnContext, ResourceResponse? sent, Answer answer, CancellationToken cancellationToken) =>
        feedback.RememberAsync(turnContext, sent, answer, cancellationToken);
}
