using System.Globalization;
using ChatBot.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Activities;

/// <summary>Turns an engine <see cref="Answer"/> into the reply a channel shows.</summary>
public static class AnswerReplies
{
    public static IMessageActivity Create(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var reply = answer.Kind switch
        {
            AnswerKind.DidYouMean => MessageFactory.SuggestedActions(
                answer.Candidates.Select(c => c.Title),
                "I'm not sure I understood. Did you mean one of these?",
                ssml: null,
                inputHint: null,
                toList: null),
            AnswerKind.NeedsPlan => MessageFactory.SuggestedActions(
                ["Free", "Team", "Business"],
                string.IsNullOrEmpty(answer.Text) ? "Which plan are you on?" : answer.Text,
                ssml: null,
                inputHint: null,
                toList: null),
            _ => MessageFactory.Text(answer.Text),
        };

        reply.ChannelData = AnswerChannelData(answer);
        return reply;
    }

    /// <summary>The <c>channelData</c> every answering reply carries (DESIGN.md).</summary>
    public static JObject AnswerChannelData(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var id = answer.Kind switch
        {
            AnswerKind.Answered => answer.EntryId,
            AnswerKind.SmallTalk => Answer.SmallTalkId,
            _ => null,
        };
        var confidence = Math.Round(Math.Clamp(answer.Confidence, 0, 1), 4);
        return new JObject
        {
            ["answer"] = new JObject
            {
                ["id"] = id is null ? JValue.CreateNull() : new JValue(id),
                ["confidence"] = JToken.Parse(confidence.ToString("0.####", CultureInfo.InvariantCulture)),
            },
        };
    }
}
