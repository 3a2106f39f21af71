using ChatBot.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Answering;

/// <summary>
/// How a confident answer looks on a channel. The host supplies one that renders cards where the channel shows
/// them; <see cref="TextAnswerPresenter"/> is the plain default.
/// </summary>
public interface IAnswerPresenter
{
    /// <summary>The reply showing <paramref name="answer"/> on <paramref name="channelId"/>.</summary>
    IMessageActivity Present(Answer answer, string? channelId);

    /// <summary>True when that reply asks "did that help?" with buttons of its own, so the dialog does not.</summary>
    bool AsksForFeedback(string? channelId);

    /// <summary>Called once the answer is sent, with the channel's id for it (for reactions to it).</summary>
    Task AnswerSentAsync(
        ITurnContext turnContext, ResourceResponse? sent, Answer answer, CancellationToken cancellationToken);
}
