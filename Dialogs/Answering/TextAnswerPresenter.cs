using ChatBot.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Answering;

/// <summary>The answer as plain text with its channelData; the dialog asks "did that help?" itself.</summary>
public sealed class TextAnswerPresenter : IAnswerPresenter
{
    public IMessageActivity Present(Answer answer, string? channelId) => AnswerReplies.Answer(answer);

    public bool AsksForFeedback(string? channelId) => false;

    public Task AnswerSentAsync(
        ITurnContext turnContext, ResourceResponse? sent, Answer answer, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
