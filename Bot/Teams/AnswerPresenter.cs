using ChatBot.Answers;
using ChatBot.Dialogs.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Chooses how an answer looks on the channel it goes to: an Adaptive Card where the client renders cards
/// (Teams, and Web Chat over Direct Line), the plain text reply of <see cref="AnswerReplies"/> elsewhere.
/// Either way the reply carries the answer's channelData (DESIGN.md).
/// </summary>
public static class AnswerPresenter
{
    public static IMessageActivity Create(Answer answer, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(answer);

        if (answer.Kind != AnswerKind.Answered || !RendersCards(channelId))
        {
            return AnswerReplies.Answer(answer);
        }

        var card = AnswerCard.Create(answer, universalActions: channelId == Channels.Msteams);
        var reply = MessageFactory.Attachment(card);
        reply.Summary = answer.Title;
        reply.ChannelData = AnswerReplies.AnswerChannelData(answer.EntryId, answer.Confidence);
        return reply;
    }

    public static bool RendersCards(string? channelId) =>
        channelId is Channels.Msteams or Channels.Directline or Channels.Webchat;
}
